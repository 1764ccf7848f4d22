export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'won', 'lost'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export interface Lead {
  id: string;
  title: string;
  status: LeadStatus;
  value: number | null;
  contact_id: string | null;
  organization_id: string | null;
  owner_id: string | null;
  created_at: Date;
  updated_at: Date;
}
