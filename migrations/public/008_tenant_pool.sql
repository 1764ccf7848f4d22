-- Pending tenants (TENANT_POOL_SIZE, docs/tenant-pool.md): rows whose schema was created and migrated ahead of
-- sign-up. POST /api/tenants claims one and turns it active; the API, the guard, lists and counts never show them.
ALTER TABLE tenants DROP CONSTRAINT tenants_status_check;
ALTER TABLE tenants
  ADD CONSTRAINT tenants_status_check CHECK (status IN ('pending', 'active', 'suspended', 'deleted'));
CREATE INDEX tenants_pending_created_at_idx ON tenants (created_at) WHERE status = 'pending';
