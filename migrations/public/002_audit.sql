-- Audit log: shared functions (used by every tenant's audit_log too) and the platform operators' audit table.
-- Rows are append-only (UPDATE, DELETE and TRUNCATE raise) and hash-chained: each row stores the previous row's hash
-- and sha256(prev_hash || '|' || its canonical content), so an edit made behind the app's back breaks the chain
-- (`npm run audit:verify`). The canonical content is rebuilt independently by src/platform/audit/audit-chain.ts:
-- change both together, in a new migration.

-- One field of the canonical content: '-' for NULL, else '<byte length>:<text>' (unambiguous, no escaping).
CREATE FUNCTION public.audit_field(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN value IS NULL THEN '-' ELSE octet_length(value)::text || ':' || value END $$;

CREATE FUNCTION public.audit_hash(prev_hash text, content text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT encode(sha256(convert_to(prev_hash || '|' || content, 'UTF8')), 'hex') $$;

-- Microseconds since the epoch: a text form of a timestamp that does not depend on the session's time zone.
CREATE FUNCTION public.audit_time(at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT (extract(epoch FROM at) * 1000000)::bigint::text $$;

CREATE FUNCTION public.audit_reject_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION '%.% is append-only: % is not allowed', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

-- BEFORE INSERT on a tenant's audit_log: the chain of one tenant is one sequence. The transaction-level advisory
-- lock (safe behind PgBouncer) serialises writers of one tenant until they commit, so the row read here as the
-- chain's head is the committed head; seq is the primary key, so a stale head (e.g. a REPEATABLE READ snapshot)
-- fails with a unique violation instead of forking the chain. The table is named from TG_TABLE_SCHEMA, since the
-- app's statements run without a tenant search_path.
CREATE FUNCTION public.audit_log_chain() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(1096107348, hashtext(TG_TABLE_SCHEMA));
  EXECUTE format('SELECT seq, hash FROM %I.audit_log ORDER BY seq DESC LIMIT 1', TG_TABLE_SCHEMA)
    INTO head_seq, head_hash;
  NEW.seq := coalesce(head_seq, 0) + 1;
  NEW.prev_hash := coalesce(head_hash, repeat('0', 64));
  NEW.created_at := date_trunc('milliseconds', clock_timestamp());
  NEW.hash := public.audit_hash(NEW.prev_hash, concat_ws('|',
    public.audit_field(NEW.seq::text), public.audit_field(NEW.id::text), public.audit_field(public.audit_time(NEW.created_at)),
    public.audit_field(NEW.actor_type), public.audit_field(NEW.actor_id::text), public.audit_field(NEW.action),
    public.audit_field(NEW.resource), public.audit_field(NEW.resource_id), public.audit_field(NEW.changes::text),
    public.audit_field(NEW.details::text), public.audit_field(NEW.reason), public.audit_field(NEW.ip),
    public.audit_field(NEW.request_id)));
  RETURN NEW;
END
$$;

-- Platform operations on tenants. One chain per tenant (tenant_id, seq), so provisioning different tenants does not
-- serialise. No foreign key to tenants: these rows outlive a purged tenant (they hold no tenant data).
CREATE TABLE platform_audit_log (
  tenant_id uuid NOT NULL,
  seq bigint NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL,
  actor_type text NOT NULL CHECK (actor_type IN ('platform', 'anonymous')),
  action text NOT NULL,
  reason text,
  details jsonb,
  ip text,
  request_id text,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  PRIMARY KEY (tenant_id, seq)
);

CREATE FUNCTION public.platform_audit_log_chain() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(1346458196, hashtext(NEW.tenant_id::text));
  SELECT seq, hash INTO head_seq, head_hash FROM public.platform_audit_log
    WHERE tenant_id = NEW.tenant_id ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(head_seq, 0) + 1;
  NEW.prev_hash := coalesce(head_hash, repeat('0', 64));
  NEW.created_at := date_trunc('milliseconds', clock_timestamp());
  NEW.hash := public.audit_hash(NEW.prev_hash, concat_ws('|',
    public.audit_field(NEW.tenant_id::text), public.audit_field(NEW.seq::text), public.audit_field(NEW.id::text),
    public.audit_field(public.audit_time(NEW.created_at)), public.audit_field(NEW.actor_type),
    public.audit_field(NEW.action), public.audit_field(NEW.reason), public.audit_field(NEW.details::text),
    public.audit_field(NEW.ip), public.audit_field(NEW.request_id)));
  RETURN NEW;
END
$$;

CREATE TRIGGER platform_audit_log_chain BEFORE INSERT ON platform_audit_log
  FOR EACH ROW EXECUTE FUNCTION public.platform_audit_log_chain();
-- Statement-level, so even an UPDATE or DELETE that matches no row is refused.
CREATE TRIGGER platform_audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON platform_audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION public.audit_reject_change();
