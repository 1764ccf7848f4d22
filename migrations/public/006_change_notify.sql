-- Change channel publishers that live in the database: a trigger on each tenant's users and refresh_tokens tables
-- notifies `mtb_changes` inside the transaction that changes the row, whatever code path made the change (CRUD
-- base, auth service, a future script), so a rolled-back change announces nothing and a committed one always does.
-- Identical notifications of one transaction are delivered once (PostgreSQL folds them), so revoking a family's
-- tokens row by row sends one message. The payloads match src/platform/changes/change.ts.

-- tenant_<uuid with underscores> -> the tenant id.
CREATE FUNCTION public.change_tenant_id(schema_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT replace(substring(schema_name FROM 8), '_', '-') $$;

-- A user deleted or changed (role, password, profile): every replica drops its cached copy.
CREATE FUNCTION public.notify_user_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_notify('mtb_changes', json_build_object(
    'type', 'user', 'tenant_id', public.change_tenant_id(TG_TABLE_SCHEMA), 'user_id', OLD.id)::text);
  RETURN NULL;
END
$$;

-- A refresh-token family revoked (logout, reuse detected, sessions ended); a rotation is not a revocation.
CREATE FUNCTION public.notify_refresh_family_revoked() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_notify('mtb_changes', json_build_object(
    'type', 'refresh_family', 'tenant_id', public.change_tenant_id(TG_TABLE_SCHEMA), 'family_id', NEW.family_id)::text);
  RETURN NULL;
END
$$;
