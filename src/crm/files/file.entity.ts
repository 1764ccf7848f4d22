import { DateTimeField, IntField, TextField, UuidField } from '../../platform/common/openapi/api-fields.decorator.js';

/** A file's metadata row; its bytes are the blob of the same id in the tenant's storage. */
export class FileRecord {
  @UuidField() id!: string;
  /** The client's file name, sanitized; metadata only, never part of a path. */
  @TextField({ description: "The client's file name, sanitized" }) name!: string;
  @TextField({ description: 'Decided from the first bytes, not from the client' }) content_type!: string;
  @IntField({ minimum: 0 }) size!: number;
  @TextField({ description: 'SHA-256 of the bytes, hex' }) sha256!: string;
  @UuidField({ nullable: true }) contact_id!: string | null;
  @UuidField({ nullable: true }) organization_id!: string | null;
  @UuidField({ nullable: true }) lead_id!: string | null;
  @UuidField({ nullable: true }) task_id!: string | null;
  @UuidField({ nullable: true }) created_by!: string | null;
  @DateTimeField() created_at!: string;
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
