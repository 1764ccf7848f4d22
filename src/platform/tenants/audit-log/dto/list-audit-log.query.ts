import { IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';

const NAME = /^[a-z][a-z0-9_]{0,62}$/;

/** `GET /api/tenant/audit-log` filters; every one is validated (400 on a bad value). */
export class ListAuditLogQuery extends PageQueryDto {
  @IsOptional()
  @IsUUID()
  actor_id?: string;

  /** A table name such as `contacts` or `users`. */
  @IsOptional()
  @Matches(NAME, { message: 'resource must be a resource name such as contacts' })
  resource?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  resource_id?: string;

  @IsOptional()
  @Matches(NAME, { message: 'action must be an action name such as create' })
  action?: string;

  /** Rows at or after this instant (ISO 8601). */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 date-time' })
  since?: string;

  /** Rows before this instant (ISO 8601). */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'until must be an ISO 8601 date-time' })
  until?: string;
}
