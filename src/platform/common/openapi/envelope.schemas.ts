import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** `{success: false, error, details?}`: every error answer (all-exceptions.filter.ts and the Fastify hooks). */
export class ErrorResponse {
  @ApiProperty({ enum: [false] })
  success!: false;

  @ApiProperty({ type: String, description: 'What went wrong, for a human; never internals' })
  error!: string;

  @ApiPropertyOptional({ description: 'Machine-readable detail, e.g. the failing health checks of /health/ready' })
  details?: unknown;

  @ApiPropertyOptional({ type: String, description: 'On a 500: the request id, to find its log line and error report' })
  request_id?: string;
}

/** `meta` of every list: keyset pagination, newest first. */
export class PageMeta {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 200 })
  limit!: number;

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' })
  next_cursor!: string | null;
}
