export interface Contact {
  id: string;
  first_name: string;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  organization_id: string | null;
  notes: string | null;
  created_at: Date;
  updated_at: Date;
}
