export const TENANT_STATUSES = ['active', 'suspended', 'deleted'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** The columns every tenant query returns. */
export const TENANT_COLUMNS =
  'id, name, domain, status, suspended_at, suspension_reason, deleted_at, purge_after, schema_version, created_at, updated_at';

export interface Tenant {
  id: string;
  name: string;
  domain: string;
  status: TenantStatus;
  suspended_at: Date | null;
  suspension_reason: string | null;
  deleted_at: Date | null;
  purge_after: Date | null;
  /** The last tenant migration applied to its schema (`"002"`); null until a release that records it has seen it. */
  schema_version: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The first admin user created with a tenant (as the users API shows it). */
export interface TenantAdmin {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  role: 'admin';
  created_at: Date;
  updated_at: Date;
}
