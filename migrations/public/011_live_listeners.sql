-- Live events are announced only for tenants that someone is listening to. Each replica with sockets of a tenant
-- holds a lease on it here (src/platform/events/live-listeners.repository.ts: taken before a socket is told it is
-- ready, renewed every 20 s, expiring after 60 s), and the audit row trigger of migrations/public/009 sends its
-- NOTIFY only while a lease is live. A write in a tenant nobody watches then costs one index probe instead of a
-- NOTIFY, whose commit takes a database-wide lock and wakes every listening replica.
CREATE TABLE public.live_event_listeners (
  tenant_id uuid NOT NULL,
  replica text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, replica)
);

CREATE OR REPLACE FUNCTION public.audit_live_notify() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  tenant text;
BEGIN
  IF NEW.action NOT IN ('create', 'update', 'delete') THEN
    RETURN NULL;
  END IF;
  tenant := public.change_tenant_id(TG_TABLE_SCHEMA);
  IF NOT EXISTS (
    SELECT 1 FROM public.live_event_listeners
    WHERE tenant_id = tenant::uuid AND expires_at > statement_timestamp()
  ) THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('mtb_events', json_build_object(
    'kind', 'audit', 'tenant_id', tenant, 'id', NEW.id, 'seq', NEW.seq,
    'created_at', public.audit_time(NEW.created_at), 'action', NEW.action, 'resource', NEW.resource,
    'resource_id', NEW.resource_id,
    'changed', (SELECT coalesce(json_agg(k), '[]'::json) FROM jsonb_object_keys(coalesce(NEW.changes, '{}')) AS k)
  )::text);
  RETURN NULL;
END
$$;
