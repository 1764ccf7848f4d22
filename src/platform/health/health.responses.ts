import { ApiProperty } from '@nestjs/swagger';
import { DateTimeField, EnumField } from '../common/openapi/api-fields.decorator.js';

const INDICATORS = { type: 'object', additionalProperties: true } as const;

/** `GET /health`: the seed's contract (no envelope). */
export class HealthSummary {
  @EnumField(['ok', 'error']) status!: 'ok' | 'error';
  @EnumField(['connected', 'disconnected']) database!: 'connected' | 'disconnected';
  @DateTimeField() timestamp!: string;
}

/** `GET /health/live` and `/health/ready`: @nestjs/terminus' result, indicators by name (no envelope). */
export class HealthCheckResult {
  @EnumField(['ok']) status!: 'ok';
  @ApiProperty({ ...INDICATORS, description: 'Indicators that are up' }) info!: object;
  @ApiProperty({ ...INDICATORS, description: 'Indicators that are down (empty when ok)' }) error!: object;
  @ApiProperty({ ...INDICATORS, description: 'Every indicator' }) details!: object;
}
