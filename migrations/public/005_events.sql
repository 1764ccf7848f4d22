-- Events (src/platform/events): a tenant's audit log is its outbox. Each statement that writes audit rows also
-- queues one `events.dispatch` job for that tenant (at most one queued at a time), inside the same transaction:
-- the job exists if and only if the change committed. The dispatcher turns the rows past the tenant's cursor into
-- webhook deliveries and real-time messages.

-- A singleton key now only guards queued jobs: a dispatch that is already running must not stop the next one from
-- being queued, or rows committed while it runs would wait for the next change.
DROP INDEX jobs_singleton_key;
CREATE UNIQUE INDEX jobs_singleton_key ON jobs (singleton_key) WHERE state = 'queued';

CREATE FUNCTION public.events_wake() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  tenant uuid := replace(substr(TG_TABLE_SCHEMA, 8), '_', '-')::uuid;
BEGIN
  INSERT INTO public.jobs (name, tenant_id, lane, max_attempts, backoff_ms, max_backoff_ms, timeout_ms, singleton_key)
  VALUES ('events.dispatch', tenant, tenant, 1000000, 1000, 60000, 60000, 'events.dispatch:' || tenant)
  ON CONFLICT (singleton_key) WHERE state = 'queued' DO NOTHING;
  RETURN NULL;
END
$$;
