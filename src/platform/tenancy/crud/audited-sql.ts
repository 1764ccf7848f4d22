/**
 * SQL fragments that let one CRUD statement also write its audit row: a data-modifying CTE named `w` returns the
 * written row(s) with `__audit_old` / `__audit_new` (to_jsonb of the row before and after), and the `audit` CTE
 * inserts into the tenant's audit_log from it. One statement, one round trip, one implicit transaction: the audit
 * row exists if and only if the change committed. No session state, so it is safe behind PgBouncer.
 * The changed fields (secrets redacted, row metadata left out) are computed by the functions of
 * migrations/public/010_audit_changes.sql, whose plans PostgreSQL keeps per connection.
 */

/** `{field: {new}}` for every field the created row has a value in. */
export const CREATED_CHANGES = 'public.audit_created_changes(w.__audit_new)';

/** `{field: {old, new}}` for every field whose value changed; NULL when nothing did. */
export const UPDATED_CHANGES = 'public.audit_updated_changes(w.__audit_old, w.__audit_new)';

/** `{field: {old}}` for every field the deleted row had a value in. */
export const DELETED_CHANGES = 'public.audit_deleted_changes(w.__audit_old)';

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
