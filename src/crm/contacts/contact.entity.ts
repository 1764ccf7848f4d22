import { DateTimeField, TextField, UuidField } from '../../platform/common/openapi/api-fields.decorator.js';

export class Contact {
  @UuidField() id!: string;
  @TextField() first_name!: string;
  @TextField({ nullable: true }) last_name!: string | null;
  @TextField({ nullable: true, format: 'email' }) email!: string | null;
  @TextField({ nullable: true }) phone!: string | null;
  @UuidField({ nullable: true }) organization_id!: string | null;
  @TextField({ nullable: true }) notes!: string | null;
  @DateTimeField() created_at!: string;
  @DateTimeField() updated_at!: string;
}
