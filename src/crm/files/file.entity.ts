/** A file's metadata row; its bytes are the blob of the same id in the tenant's storage. */
export interface FileRecord {
  id: string;
  /** The client's file name, sanitized; metadata only, never part of a path. */
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  contact_id: string | null;
  organization_id: string | null;
  lead_id: string | null;
  task_id: string | null;
  created_by: string | null;
  created_at: Date;
}

/** The records a file can be attached to: one column each, ON DELETE CASCADE. */
export const LINK_FIELDS = ['contact_id', 'organization_id', 'lead_id', 'task_id'] as const;
export type LinkField = (typeof LINK_FIELDS)[number];
export const LINK_TABLES: Record<LinkField, string> = {
  contact_id: 'contacts',
  organization_id: 'organizations',
  lead_id: 'leads',
  task_id: 'tasks',
};
