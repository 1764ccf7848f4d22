/** The columns every tenant query returns. */
export const TENANT_COLUMNS = 'id, name, domain, created_at, updated_at';

export interface Tenant {
  id: string;
  name: string;
  domain: string;
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
