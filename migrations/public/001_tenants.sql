-- Tenants live in the shared schema; each tenant's data lives in its own schema tenant_<uuid>.
-- Timestamps are kept to the millisecond so keyset cursors round-trip exactly through JavaScript dates.
CREATE TABLE tenants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  domain text NOT NULL CHECK (domain = lower(domain)),
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);

CREATE UNIQUE INDEX tenants_domain_key ON tenants (domain);
CREATE INDEX tenants_created_at_id_idx ON tenants (created_at DESC, id DESC);
