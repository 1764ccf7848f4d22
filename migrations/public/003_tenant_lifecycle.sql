-- Tenant lifecycle: active -> suspended -> active, and a soft delete that keeps the row (and so reserves the domain)
-- until purge_after, when `npm run tenants:purge` drops the schema and the row.
ALTER TABLE tenants
  ADD COLUMN status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'deleted')),
  ADD COLUMN suspended_at timestamptz,
  ADD COLUMN suspension_reason text CHECK (char_length(suspension_reason) <= 500),
  ADD COLUMN deleted_at timestamptz,
  ADD COLUMN purge_after timestamptz,
  -- The last tenant migration applied to the tenant's schema (NULL: unknown, e.g. provisioned by an older release).
  ADD COLUMN schema_version text,
  -- The last failed migration of this tenant's schema, for `npm run migrate -- --status`; cleared by a success.
  ADD COLUMN migration_error text,
  ADD COLUMN migration_failed_at timestamptz,
  ADD CONSTRAINT tenants_deleted_has_dates CHECK (status <> 'deleted' OR (deleted_at IS NOT NULL AND purge_after IS NOT NULL));

CREATE INDEX tenants_status_created_at_id_idx ON tenants (status, created_at DESC, id DESC);
CREATE INDEX tenants_purge_after_idx ON tenants (purge_after) WHERE status = 'deleted';

-- Existing tenants keep schema_version NULL until the next migrate run (or their first request) records it.
