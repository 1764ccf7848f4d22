import { DateTimeField, EnumField, TextField, UuidField } from '../common/openapi/api-fields.decorator.js';

export const USER_ROLES = ['admin', 'user'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A user as the API shows it: never the password or its hash. */
export class User {
  @UuidField() id!: string;
  @TextField({ format: 'email' }) email!: string;
  @TextField({ nullable: true }) first_name!: string | null;
  @TextField({ nullable: true }) last_name!: string | null;
  @EnumField(USER_ROLES) role!: UserRole;
  @DateTimeField() created_at!: string | Date;
  @DateTimeField() updated_at!: string | Date;
}
