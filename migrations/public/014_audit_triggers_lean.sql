-- The audit log's row triggers with as few PL/pgSQL statements as they need. PL/pgSQL compiles a trigger function
-- once per table it fires on, in every backend, and keeps a cached plan for each statement and expression it runs:
-- the chain trigger of public/013 ran sixteen (an assignment per field), and a backend that had written to 200
-- tenants held about 430 KB per tenant in them (docs/performance.md), never released until the connection closes.
-- With thousands of tenants per backend that is gigabytes. The chain's content and hash now come from one shared
-- function, compiled once per backend whatever the number of tenants (the same canonical content and hashes:
-- src/platform/audit/audit-chain.ts is unchanged); each tenant's trigger keeps a lock, a head read and that call.
-- The live-event trigger of public/011 folds its two tests into one, and the wake trigger computes the tenant id
-- only when it has something to wake. Tenant migration 010 reinstalls the per-schema functions.

-- sha256 over the previous hash and this row's fields, each '-' for NULL, else '<byte length>:<text>', joined by '|'.
CREATE FUNCTION public.audit_chain_hash(
  prev_hash text, seq bigint, id uuid, created_at timestamptz, actor_type text, actor_id uuid, action text,
  resource text, resource_id text, changes jsonb, details jsonb, reason text, ip text, request_id text
) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
  f_seq text := seq::text;
  f_id text := id::text;
  f_time text := (extract(epoch FROM created_at) * 1000000)::bigint::text;
  f_actor text := actor_id::text;
  f_changes text := changes::text;
  f_details text := details::text;
BEGIN
  RETURN encode(sha256(convert_to(concat_ws('|', prev_hash,
    octet_length(f_seq) || ':' || f_seq,
    octet_length(f_id) || ':' || f_id,
    octet_length(f_time) || ':' || f_time,
    octet_length(actor_type) || ':' || actor_type,
    CASE WHEN f_actor IS NULL THEN '-' ELSE octet_length(f_actor) || ':' || f_actor END,
    octet_length(action) || ':' || action,
    octet_length(resource) || ':' || resource,
    CASE WHEN resource_id IS NULL THEN '-' ELSE octet_length(resource_id) || ':' || resource_id END,
    CASE WHEN f_changes IS NULL THEN '-' ELSE octet_length(f_changes) || ':' || f_changes END,
    CASE WHEN f_details IS NULL THEN '-' ELSE octet_length(f_details) || ':' || f_details END,
    CASE WHEN reason IS NULL THEN '-' ELSE octet_length(reason) || ':' || reason END,
    CASE WHEN ip IS NULL THEN '-' ELSE octet_length(ip) || ':' || ip END,
    CASE WHEN request_id IS NULL THEN '-' ELSE octet_length(request_id) || ':' || request_id END
  ), 'UTF8')), 'hex');
END
$$;

CREATE OR REPLACE FUNCTION public.audit_install_tenant_triggers(schema_name text) RETURNS void
LANGUAGE plpgsql
AS $install$
BEGIN
  EXECUTE format($chain$
CREATE OR REPLACE FUNCTION %1$I.audit_log_chain() RETURNS trigger
LANGUAGE plpgsql
AS $body$
BEGIN
  PERFORM pg_advisory_xact_lock(1096107348, hashtext(TG_TABLE_SCHEMA));
  SELECT coalesce(h.seq, 0) + 1, coalesce(h.hash, repeat('0', 64)), date_trunc('milliseconds', clock_timestamp())
  INTO NEW.seq, NEW.prev_hash, NEW.created_at
  FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT seq, hash FROM %1$I.audit_log ORDER BY seq DESC LIMIT 1) AS h ON true;
  NEW.hash := public.audit_chain_hash(NEW.prev_hash, NEW.seq, NEW.id, NEW.created_at, NEW.actor_type, NEW.actor_id,
    NEW.action, NEW.resource, NEW.resource_id, NEW.changes, NEW.details, NEW.reason, NEW.ip, NEW.request_id);
  RETURN NEW;
END
$body$
$chain$, schema_name);

  EXECUTE format($wake$
CREATE OR REPLACE FUNCTION %1$I.events_wake() RETURNS trigger
LANGUAGE plpgsql
AS $body$
DECLARE
  tenant uuid;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM %1$I.webhook_subscriptions WHERE active) THEN
    RETURN NULL;
  END IF;
  tenant := replace(substr(TG_TABLE_SCHEMA, 8), '_', '-')::uuid;
  INSERT INTO public.jobs (name, tenant_id, lane, max_attempts, backoff_ms, max_backoff_ms, timeout_ms, singleton_key)
  VALUES ('events.dispatch', tenant, tenant, 1000000, 1000, 60000, 60000, 'events.dispatch:' || tenant)
  ON CONFLICT (singleton_key) WHERE state = 'queued' DO NOTHING;
  PERFORM pg_notify('mtb_events', '{"kind":"jobs"}');
  RETURN NULL;
END
$body$
$wake$, schema_name);

  EXECUTE format('CREATE OR REPLACE TRIGGER audit_log_chain BEFORE INSERT ON %1$I.audit_log '
    'FOR EACH ROW EXECUTE FUNCTION %1$I.audit_log_chain()', schema_name);
  EXECUTE format('CREATE OR REPLACE TRIGGER audit_log_events AFTER INSERT ON %1$I.audit_log '
    'FOR EACH STATEMENT EXECUTE FUNCTION %1$I.events_wake()', schema_name);
END
$install$;

CREATE OR REPLACE FUNCTION public.audit_live_notify() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.action NOT IN ('create', 'update', 'delete') OR NOT EXISTS (
    SELECT 1 FROM public.live_event_listeners
    WHERE tenant_id = public.change_tenant_id(TG_TABLE_SCHEMA)::uuid AND expires_at > statement_timestamp()
  ) THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('mtb_events', json_build_object(
    'kind', 'audit', 'tenant_id', public.change_tenant_id(TG_TABLE_SCHEMA), 'id', NEW.id, 'seq', NEW.seq,
    'created_at', public.audit_time(NEW.created_at), 'action', NEW.action, 'resource', NEW.resource,
    'resource_id', NEW.resource_id,
    'changed', (SELECT coalesce(json_agg(k), '[]'::json) FROM jsonb_object_keys(coalesce(NEW.changes, '{}')) AS k)
  )::text);
  RETURN NULL;
END
$$;
