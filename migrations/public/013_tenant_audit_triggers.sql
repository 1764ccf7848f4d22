-- Each tenant schema gets its own copy of the audit log's chain trigger (migrations/public/012) and webhook-wake
-- trigger (009), with its tables named in static SQL. The shared functions reach the tenant's tables through
-- EXECUTE, which parses and plans the head read and the subscription check again on every audited write: about a
-- quarter of PostgreSQL's time per audited create in a perf profile (docs/performance.md). A function per schema lets
-- PL/pgSQL keep both plans for the life of the connection. Behaviour, chain content and hashes are unchanged.
-- Tenant migration 009 calls this for its schema (DROP SCHEMA ... CASCADE removes the copies with the tenant). To
-- change either trigger later, replace this function in a new public migration and call it from a new tenant one.
CREATE FUNCTION public.audit_install_tenant_triggers(schema_name text) RETURNS void
LANGUAGE plpgsql
AS $install$
BEGIN
  EXECUTE format($chain$
CREATE OR REPLACE FUNCTION %1$I.audit_log_chain() RETURNS trigger
LANGUAGE plpgsql
AS $body$
DECLARE
  head_seq bigint;
  head_hash text;
  f_seq text; f_id text; f_time text; f_actor text; f_resource_id text; f_changes text; f_details text;
  f_reason text; f_ip text; f_request text;
BEGIN
  PERFORM pg_advisory_xact_lock(1096107348, hashtext(TG_TABLE_SCHEMA));
  SELECT seq, hash INTO head_seq, head_hash FROM %1$I.audit_log ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(head_seq, 0) + 1;
  NEW.prev_hash := coalesce(head_hash, repeat('0', 64));
  NEW.created_at := date_trunc('milliseconds', clock_timestamp());
  f_seq := NEW.seq::text;
  f_id := NEW.id::text;
  f_time := (extract(epoch FROM NEW.created_at) * 1000000)::bigint::text;
  f_actor := NEW.actor_id::text;
  f_resource_id := NEW.resource_id;
  f_changes := NEW.changes::text;
  f_details := NEW.details::text;
  f_reason := NEW.reason;
  f_ip := NEW.ip;
  f_request := NEW.request_id;
  NEW.hash := encode(sha256(convert_to(concat_ws('|', NEW.prev_hash,
    octet_length(f_seq) || ':' || f_seq,
    octet_length(f_id) || ':' || f_id,
    octet_length(f_time) || ':' || f_time,
    octet_length(NEW.actor_type) || ':' || NEW.actor_type,
    CASE WHEN f_actor IS NULL THEN '-' ELSE octet_length(f_actor) || ':' || f_actor END,
    octet_length(NEW.action) || ':' || NEW.action,
    octet_length(NEW.resource) || ':' || NEW.resource,
    CASE WHEN f_resource_id IS NULL THEN '-' ELSE octet_length(f_resource_id) || ':' || f_resource_id END,
    CASE WHEN f_changes IS NULL THEN '-' ELSE octet_length(f_changes) || ':' || f_changes END,
    CASE WHEN f_details IS NULL THEN '-' ELSE octet_length(f_details) || ':' || f_details END,
    CASE WHEN f_reason IS NULL THEN '-' ELSE octet_length(f_reason) || ':' || f_reason END,
    CASE WHEN f_ip IS NULL THEN '-' ELSE octet_length(f_ip) || ':' || f_ip END,
    CASE WHEN f_request IS NULL THEN '-' ELSE octet_length(f_request) || ':' || f_request END
  ), 'UTF8')), 'hex');
  RETURN NEW;
END
$body$
$chain$, schema_name);

  EXECUTE format($wake$
CREATE OR REPLACE FUNCTION %1$I.events_wake() RETURNS trigger
LANGUAGE plpgsql
AS $body$
DECLARE
  tenant uuid := replace(substr(TG_TABLE_SCHEMA, 8), '_', '-')::uuid;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM %1$I.webhook_subscriptions WHERE active) THEN
    RETURN NULL;
  END IF;
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
