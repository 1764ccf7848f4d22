-- Wake the job workers when a change commits (NOTIFY is delivered at commit, never on rollback), so its events are
-- dispatched at once instead of at the workers' next poll.
CREATE OR REPLACE FUNCTION public.events_wake() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  tenant uuid := replace(substr(TG_TABLE_SCHEMA, 8), '_', '-')::uuid;
BEGIN
  INSERT INTO public.jobs (name, tenant_id, lane, max_attempts, backoff_ms, max_backoff_ms, timeout_ms, singleton_key)
  VALUES ('events.dispatch', tenant, tenant, 1000000, 1000, 60000, 60000, 'events.dispatch:' || tenant)
  ON CONFLICT (singleton_key) WHERE state = 'queued' DO NOTHING;
  PERFORM pg_notify('mtb_events', '{"kind":"jobs"}');
  RETURN NULL;
END
$$;
