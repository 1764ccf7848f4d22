import { SECRET_NAME_SQL } from '../../audit/audit-entry.js';

/**
 * SQL fragments that let one CRUD statement also write its audit row: a data-modifying CTE named `w` returns the
 * written row(s) with `__audit_old` / `__audit_new` (to_jsonb of the row before and after), and the `audit` CTE
 * inserts into the tenant's audit_log from it. One statement, one round trip, one implicit transaction: the audit
 * row exists if and only if the change committed. No session state, so it is safe behind PgBouncer.
 * The changed fields (secrets redacted, row metadata left out) are subqueries of the statement itself. Statements are
 * prepared (DATABASE_PREPARED_STATEMENTS), so they are planned once per connection; they measured cheaper than calling
 * the PL/pgSQL functions of migrations/public/010, which run their query through SPI on every write (docs/performance.md).
 */

/** Row metadata that is not a change of its own. */
const NOT_FIELDS = `('id', 'created_at', 'updated_at')`;

/** A value as the audit log may show it: secrets (password hashes, tokens) become "[redacted]". */
const shown = (key: string, value: string) =>
  `CASE WHEN ${key} ~* '${SECRET_NAME_SQL}' THEN '"[redacted]"'::jsonb ELSE ${value} END`;

/** `{field: {new}}` for every field the created row has a value in. */
export const CREATED_CHANGES = `coalesce((SELECT jsonb_object_agg(n.key, jsonb_build_object('new', ${shown('n.key', 'n.value')}))
   FROM jsonb_each(w.__audit_new) AS n WHERE n.value <> 'null'::jsonb AND n.key NOT IN ${NOT_FIELDS}), '{}')`;

/** `{field: {old, new}}` for every field whose value changed; NULL when nothing did. */
export const UPDATED_CHANGES = `(SELECT jsonb_object_agg(n.key, jsonb_build_object('old', ${shown('n.key', 'o.value')}, 'new', ${shown('n.key', 'n.value')}))
   FROM jsonb_each(w.__audit_new) AS n JOIN jsonb_each(w.__audit_old) AS o ON o.key = n.key
   WHERE n.value IS DISTINCT FROM o.value AND n.key NOT IN ${NOT_FIELDS})`;

/** `{field: {old}}` for every field the deleted row had a value in. */
export const DELETED_CHANGES = `coalesce((SELECT jsonb_object_agg(o.key, jsonb_build_object('old', ${shown('o.key', 'o.value')}))
   FROM jsonb_each(w.__audit_old) AS o WHERE o.value <> 'null'::jsonb AND o.key NOT IN ${NOT_FIELDS}), '{}')`;

/**
 * The `audit` CTE: one row per row of `w` whose changes are not empty. `first` is the number of the first of the
 * four actor parameters (actor_type, actor_id, ip, request_id); `action` and `resource` come from code.
 */
export function auditInsert(auditTable: string, first: number, action: string, resource: string, changes: string) {
  const [type, actor, ip, request] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`);
  return `audit AS (
    INSERT INTO ${auditTable} (actor_type, actor_id, ip, request_id, action, resource, resource_id, changes)
    SELECT ${type}, ${actor}::uuid, ${ip}, ${request}, '${action}', '${resource}', w.id::text, c.changes
    FROM w CROSS JOIN LATERAL (SELECT ${changes} AS changes) AS c
    WHERE c.changes IS NOT NULL
  )`;
}
