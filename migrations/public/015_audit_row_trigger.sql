-- One row trigger on each tenant's audit_log instead of three. Every trigger function is compiled once per table it
-- fires on, in every backend, and AFTER triggers queue each row for a second pass: at a thousand tenants and more,
-- where most writes are a backend's first into that tenant, compiling three functions per tenant was a large part
-- of an audited write (docs/performance.md). The chain (public/014), the live-event announcement (public/011) and the
-- webhook wake (public/013) now run in one BEFORE INSERT function of the tenant's schema, with the same effects: the
-- announcement and the queued job are transactional (NOTIFY and the job row vanish if the insert fails), and the wake
-- runs per row instead of per statement (one queued job per tenant either way: its singleton key). Tenant migration
-- 011 installs it and drops the three triggers and the tenant's two old functions.
CREATE OR REPLACE FUNCTION public.audit_install_tenant_triggers(schema_name text) RETURNS void
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
  EXECUTE format('DROP FUNCTION IF EXISTS %1$I.audit_log_chain()', schema_name);
  EXECUTE format('DROP FUNCTION IF EXISTS %1$I.events_wake()', schema_name);
  EXECUTE format('CREATE OR REPLACE TRIGGER audit_log_row BEFORE INSERT ON %1$I.audit_log '
    'FOR EACH ROW EXECUTE FUNCTION %1$I.audit_log_row()', schema_name);
END
$install$;
