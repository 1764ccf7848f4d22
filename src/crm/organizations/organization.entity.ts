export interface Organization {
  id: string;
  name: string;
  domain: string | null;
  industry: string | null;
  phone: string | null;
  address: string | null;
  created_at: Date;
  updated_at: Date;
}
