import { ApiProperty } from '@nestjs/swagger';
import {
  BoolField,
  DateTimeField,
  EnumField,
  IntField,
  TextField,
  UuidField,
} from '../common/openapi/api-fields.decorator.js';

/** An export job as `exportView` (export-jobs.service.ts) shows it. */
export class ExportJobView {
  @UuidField() id!: string;
  @UuidField() tenant_id!: string;
  @EnumField(['queued', 'running', 'completed', 'failed']) status!: string;
  @IntField() attempts!: number;
  @IntField() max_attempts!: number;
  @TextField({ nullable: true }) last_error!: string | null;
  @IntField({ nullable: true, description: 'Bytes of the gzipped file, once completed' }) size!: number | null;
  @TextField({ nullable: true }) sha256!: string | null;
  @IntField({ nullable: true }) rows!: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    nullable: true,
    description: 'Rows per table',
  })
  tables!: Record<string, number> | null;
  @DateTimeField({ nullable: true }) expires_at!: Date | null;
  @BoolField() expired!: boolean;
  @DateTimeField() created_at!: Date;
  @DateTimeField({ nullable: true }) started_at!: Date | null;
  @DateTimeField({ nullable: true }) finished_at!: Date | null;
}
