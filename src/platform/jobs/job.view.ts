import { ApiProperty } from '@nestjs/swagger';
import { DateTimeField, EnumField, IntField, TextField, UuidField } from '../common/openapi/api-fields.decorator.js';
import { JOB_STATES, type JobState } from './job.types.js';

/** A job's progress as `GET /api/tenant/jobs/:id` shows it (no payload, no tenant id). */
export class JobView {
  @UuidField() id!: string;
  @TextField({ description: 'The handler, e.g. webhook.deliver' }) name!: string;
  @EnumField(JOB_STATES) state!: JobState;
  @IntField() attempts!: number;
  @IntField() max_attempts!: number;
  @TextField({ nullable: true }) last_error!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: "The handler's result once completed; null before",
  })
  result!: unknown;
  @DateTimeField() run_at!: Date;
  @DateTimeField() created_at!: Date;
  @DateTimeField({ nullable: true }) started_at!: Date | null;
  @DateTimeField({ nullable: true }) finished_at!: Date | null;
}
