import { DateTimeField, EnumField, TextField, UuidField } from '../common/openapi/api-fields.decorator.js';

export const TENANT_STATUSES = ['active', 'suspended', 'deleted'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** The columns every tenant query returns. */
export const TENANT_COLUMNS =
  'id, name, domain, status, suspended_at, suspension_reason, deleted_at, purge_after, schema_version, created_at, updated_at';

export class Tenant {
  @UuidField() id!: string;
  @TextField() name!: string;
  @TextField({ format: 'hostname' }) domain!: string;
  @EnumField(TENANT_STATUSES) status!: TenantStatus;
  @DateTimeField({ nullable: true }) suspended_at!: Date | null;
  @TextField({ nullable: true }) suspension_reason!: string | null;
  @DateTimeField({ nullable: true }) deleted_at!: Date | null;
  @DateTimeField({ nullable: true }) purge_after!: Date | null;
  /** The last tenant migration applied to its schema (`"002"`); null until a release that records it has seen it. */
  @TextField({ nullable: true, description: 'Last tenant migration applied to its schema, e.g. "002"' })
  schema_version!: string | null;
  @DateTimeField() created_at!: Date;
  @DateTimeField() updated_at!: Date;
}

/** The first admin user created with a tenant (as the users API shows it). */
export class TenantAdmin {
  @UuidField() id!: string;
  @TextField({ format: 'email' }) email!: string;
  @TextField({ nullable: true }) first_name!: string | null;
  @TextField({ nullable: true }) last_name!: string | null;
  @EnumField(['admin']) role!: 'admin';
  @DateTimeField() created_at!: Date;
  @DateTimeField() updated_at!: Date;
}
