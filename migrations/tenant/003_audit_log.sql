-- The tenant's audit log: append-only and hash-chained by the shared functions of migrations/public/002_audit.sql.
-- seq, prev_hash, hash and created_at are set by the BEFORE INSERT trigger; whatever the INSERT gives is replaced.
CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL,
  actor_type text NOT NULL CHECK (actor_type IN ('user', 'platform', 'anonymous')),
  actor_id uuid,
  action text NOT NULL,
  resource text NOT NULL,
  resource_id text,
  changes jsonb,
  details jsonb,
  reason text,
  ip text,
  request_id text,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
-- The history of one record; other filters scan newest first by seq (kept lean: every index slows each write).
CREATE INDEX audit_log_resource_idx ON audit_log (resource, resource_id, seq DESC);

CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION public.audit_log_chain();
-- Statement-level, so even an UPDATE or DELETE that matches no row is refused.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION public.audit_reject_change();
