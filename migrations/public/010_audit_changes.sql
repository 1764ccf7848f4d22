-- The changed fields of an audited CRUD write, computed by functions instead of inline subqueries in every statement
-- (src/platform/tenancy/crud/audited-sql.ts). PL/pgSQL keeps each function's plan for the life of the connection, so
-- a write no longer parses and plans three jsonb subqueries per statement: the audited create costs about a fifth
-- less server time (docs/performance.md). The rules are those of the inline SQL they replace:
-- - `id`, `created_at` and `updated_at` are row metadata, never a change of their own;
-- - a field whose name matches the secret pattern (src/platform/audit/audit-entry.ts SECRET_NAME_SQL) shows
--   "[redacted]" instead of its value;
-- - create lists every field with a value, delete every field that had one, update every field whose value changed
--   (NULL when none did: the caller then writes no row).

CREATE FUNCTION public.audit_shown(key text, value jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN key ~* 'password|token|secret' THEN '"[redacted]"'::jsonb ELSE value END $$;

CREATE FUNCTION public.audit_created_changes(new_row jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
BEGIN
  RETURN coalesce((
    SELECT jsonb_object_agg(n.key, jsonb_build_object('new', public.audit_shown(n.key, n.value)))
    FROM jsonb_each(new_row) AS n
    WHERE n.value <> 'null'::jsonb AND n.key NOT IN ('id', 'created_at', 'updated_at')
  ), '{}');
END
$$;

CREATE FUNCTION public.audit_updated_changes(old_row jsonb, new_row jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
BEGIN
  RETURN (
    SELECT jsonb_object_agg(n.key, jsonb_build_object(
      'old', public.audit_shown(n.key, o.value), 'new', public.audit_shown(n.key, n.value)))
    FROM jsonb_each(new_row) AS n JOIN jsonb_each(old_row) AS o ON o.key = n.key
    WHERE n.value IS DISTINCT FROM o.value AND n.key NOT IN ('id', 'created_at', 'updated_at')
  );
END
$$;

CREATE FUNCTION public.audit_deleted_changes(old_row jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
BEGIN
  RETURN coalesce((
    SELECT jsonb_object_agg(o.key, jsonb_build_object('old', public.audit_shown(o.key, o.value)))
    FROM jsonb_each(old_row) AS o
    WHERE o.value <> 'null'::jsonb AND o.key NOT IN ('id', 'created_at', 'updated_at')
  ), '{}');
END
$$;
