import { DateTimeField, TextField, UuidField } from '../../platform/common/openapi/api-fields.decorator.js';

export class Organization {
  @UuidField() id!: string;
  @TextField() name!: string;
  @TextField({ nullable: true }) domain!: string | null;
  @TextField({ nullable: true }) industry!: string | null;
  @TextField({ nullable: true }) phone!: string | null;
  @TextField({ nullable: true }) address!: string | null;
  @DateTimeField() created_at!: string;
  @DateTimeField() updated_at!: string;
}
