-- File attachments: the metadata of each file; its bytes are a blob named by `id` in the tenant's storage
-- (docs/files.md). A row is inserted only once its blob is complete. A file is attached to at most one record; the
-- link cascades, so deleting the record deletes its file rows in the same transaction (the blobs then have no row,
-- and the sweep removes them).
CREATE TABLE files (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  content_type text NOT NULL,
  size bigint NOT NULL CHECK (size > 0),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  contact_id uuid REFERENCES contacts (id) ON DELETE CASCADE,
  organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
  lead_id uuid REFERENCES leads (id) ON DELETE CASCADE,
  task_id uuid REFERENCES tasks (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  CONSTRAINT files_one_link CHECK (num_nonnulls(contact_id, organization_id, lead_id, task_id) <= 1)
);
CREATE INDEX files_created_at_id_idx ON files (created_at DESC, id DESC);
CREATE INDEX files_contact_id_idx ON files (contact_id, created_at DESC, id DESC) WHERE contact_id IS NOT NULL;
CREATE INDEX files_organization_id_idx ON files (organization_id, created_at DESC, id DESC) WHERE organization_id IS NOT NULL;
CREATE INDEX files_lead_id_idx ON files (lead_id, created_at DESC, id DESC) WHERE lead_id IS NOT NULL;
CREATE INDEX files_task_id_idx ON files (task_id, created_at DESC, id DESC) WHERE task_id IS NOT NULL;
