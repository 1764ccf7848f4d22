-- Live events leave the job queue (src/platform/events, docs/events.md): each audit row of a CRUD write is announced
-- on `mtb_events` by a row trigger, inside the transaction that wrote it (delivered on commit, never on rollback), and
-- every replica maps it to socket events itself. The `events.dispatch` job is now only for webhooks, and is queued
-- only while the tenant has an active subscription: a write in a tenant without webhooks costs one NOTIFY, not a job,
-- a NOTIFY to wake the workers, and a dispatch transaction.

-- AFTER INSERT, FOR EACH ROW on a tenant's audit_log. Small payload (ids and the changed fields' names, never values),
-- far below NOTIFY's 8000-byte limit for any table the CRUD base writes.
CREATE FUNCTION public.audit_live_notify() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.action NOT IN ('create', 'update', 'delete') THEN
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

-- The statement trigger of migrations/public/007, now conditional: only a tenant with an active webhook subscription
-- needs its audit rows dispatched. (When the first subscription becomes active, the webhooks repository moves the
-- tenant's event cursor to the end of its log, so that history written meanwhile is not delivered late.)
CREATE OR REPLACE FUNCTION public.events_wake() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  tenant uuid := replace(substr(TG_TABLE_SCHEMA, 8), '_', '-')::uuid;
  subscribed boolean;
BEGIN
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.webhook_subscriptions WHERE active)', TG_TABLE_SCHEMA)
    INTO subscribed;
  IF NOT subscribed THEN
    RETURN NULL;
  END IF;
  INSERT INTO public.jobs (name, tenant_id, lane, max_attempts, backoff_ms, max_backoff_ms, timeout_ms, singleton_key)
  VALUES ('events.dispatch', tenant, tenant, 1000000, 1000, 60000, 60000, 'events.dispatch:' || tenant)
  ON CONFLICT (singleton_key) WHERE state = 'queued' DO NOTHING;
  PERFORM pg_notify('mtb_events', '{"kind":"jobs"}');
  RETURN NULL;
END
$$;
