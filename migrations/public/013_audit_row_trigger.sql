-- The audit log's triggers, rebuilt for cost (each step measured, docs/performance.md and docs/audit.md#cost):
-- - One BEFORE INSERT row trigger per tenant schema (`tenant_<id>.audit_log_row`) instead of three shared ones
--   (the chain of public/012, the live-event announcement of public/011, the webhook wake of public/009). The shared
--   chain and wake functions reached the tenant's tables through EXECUTE, which parsed and planned the head read and
--   the subscription check on every audited write (about a quarter of PostgreSQL's time per audited insert); named
--   in static SQL, their plans are kept per connection.
-- - PL/pgSQL compiles a trigger function once per table it fires on, in every backend, with a cached plan per
--   statement, kept until the connection closes; so the hash comes from one shared function (compiled once per
--   backend) and the three triggers are one: 399 -> 185 KB per tenant a backend has written to.
-- Same chain content and hashes (src/platform/audit/audit-chain.ts is unchanged). The announcement and the queued
-- job stay transactional (NOTIFY and the job row vanish if the insert fails); the wake runs per row instead of per
-- statement (one queued job per tenant either way: its singleton key). Tenant migration 009 installs it for its
-- schema (DROP SCHEMA ... CASCADE removes it with the tenant). To change the trigger later, replace
-- public.audit_install_tenant_triggers in a new shared migration and call it from a new tenant migration.

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

CREATE FUNCTION public.audit_install_tenant_triggers(schema_name text) RETURNS void
LANGUAGE plpgsql
AS $install$
BEGIN
  EXECUTE format($row$
CREATE OR REPLACE FUNCTION %1$I.audit_log_row() RETURNS trigger
LANGUAGE plpgsql
AS $body$
BEGIN
  PERFORM pg_advisory_xact_lock(1096107348, hashtext(TG_TABLE_SCHEMA));
  SELECT coalesce(h.seq, 0) + 1, coalesce(h.hash, repeat('0', 64)), date_trunc('milliseconds', clock_timestamp())
  INTO NEW.seq, NEW.prev_hash, NEW.created_at
  FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT seq, hash FROM %1$I.audit_log ORDER BY seq DESC LIMIT 1) AS h ON true;
  NEW.hash := public.audit_chain_hash(NEW.prev_hash, NEW.seq, NEW.id, NEW.created_at, NEW.actor_type, NEW.actor_id,
    NEW.action, NEW.resource, NEW.resource_id, NEW.changes, NEW.details, NEW.reason, NEW.ip, NEW.request_id);
  -- Live events: CRUD rows only, and only while a replica holds a listener lease on this tenant (public/011).
  IF NEW.action IN ('create', 'update', 'delete') AND EXISTS (
    SELECT 1 FROM public.live_event_listeners
    WHERE tenant_id = public.change_tenant_id(TG_TABLE_SCHEMA)::uuid AND expires_at > statement_timestamp()
  ) THEN
    PERFORM pg_notify('mtb_events', json_build_object(
      'kind', 'audit', 'tenant_id', public.change_tenant_id(TG_TABLE_SCHEMA), 'id', NEW.id, 'seq', NEW.seq,
      'created_at', public.audit_time(NEW.created_at), 'action', NEW.action, 'resource', NEW.resource,
      'resource_id', NEW.resource_id,
      'changed', (SELECT coalesce(json_agg(k), '[]'::json) FROM jsonb_object_keys(coalesce(NEW.changes, '{}')) AS k)
    )::text);
  END IF;
  -- Webhooks: one queued dispatch job for the tenant while it has an active subscription (public/009).
  IF EXISTS (SELECT 1 FROM %1$I.webhook_subscriptions WHERE active) THEN
    INSERT INTO public.jobs (name, tenant_id, lane, max_attempts, backoff_ms, max_backoff_ms, timeout_ms, singleton_key)
    SELECT 'events.dispatch', t.id, t.id, 1000000, 1000, 60000, 60000, 'events.dispatch:' || t.id
    FROM (SELECT public.change_tenant_id(TG_TABLE_SCHEMA)::uuid AS id) AS t
    ON CONFLICT (singleton_key) WHERE state = 'queued' DO NOTHING;
    PERFORM pg_notify('mtb_events', '{"kind":"jobs"}');
  END IF;
  RETURN NEW;
END
$body$
$row$, schema_name);

  EXECUTE format('DROP TRIGGER IF EXISTS audit_log_chain ON %1$I.audit_log', schema_name);
  EXECUTE format('DROP TRIGGER IF EXISTS audit_log_live ON %1$I.audit_log', schema_name);
  EXECUTE format('DROP TRIGGER IF EXISTS audit_log_events ON %1$I.audit_log', schema_name);
  EXECUTE format('CREATE OR REPLACE TRIGGER audit_log_row BEFORE INSERT ON %1$I.audit_log '
    'FOR EACH ROW EXECUTE FUNCTION %1$I.audit_log_row()', schema_name);
END
$install$;
