export interface Tenant {
  id: string;
  name: string;
  domain: string;
  created_at: Date;
  updated_at: Date;
}
