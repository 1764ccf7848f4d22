import { assertQualified, UnqualifiedTableError } from './qualified-sql.js';

const S = '"tenant_a"';
const t = (name: string) => `${S}."${name}"`;

describe('assertQualified', () => {
  it.each([
    `SELECT id FROM ${t('contacts')} WHERE id = $1`,
    `INSERT INTO ${t('contacts')} (first_name) VALUES ($1) RETURNING id`,
    `UPDATE ${t('leads')} SET status = $2 WHERE id = $1 RETURNING id`,
    `DELETE FROM ${t('tasks')} WHERE id = $1`,
    `SELECT c.id FROM ${t('contacts')} c JOIN ${t('organizations')} o ON o.id = c.organization_id`,
    `SELECT id FROM (SELECT id FROM ${t('leads')}) x WHERE extract(epoch FROM created_at) > 0`,
    `SELECT id FROM ${t('users')} WHERE role IS DISTINCT FROM $1 FOR UPDATE`,
    `INSERT INTO ${t('users')} (email) VALUES ($1) ON CONFLICT (email) DO UPDATE SET email = 'from users'`,
    `SELECT 'FROM schema_migrations' AS note, id FROM ${t('users')} -- FROM schema_migrations`,
    `WITH w AS (DELETE FROM ${t('tasks')} AS t WHERE id = $1 RETURNING t.id), audit AS (
       INSERT INTO ${t('audit_log')} (changes) SELECT c.x FROM w CROSS JOIN LATERAL (SELECT 1 AS x) AS c
     ) SELECT 1 FROM w`,
    `SELECT n.key FROM ${t('users')} u, jsonb_each(to_jsonb(u)) AS n JOIN jsonb_each('{}') AS o ON true`,
    `SELECT key FROM jsonb_each($1::jsonb)`,
  ])('accepts a statement whose tables are all qualified: %s', (sql) => {
    expect(() => assertQualified(sql, S)).not.toThrow();
  });

  it.each([
    ['SELECT version FROM schema_migrations', 'schema_migrations'],
    [`SELECT id FROM ${t('contacts')} JOIN organizations o ON true`, 'organizations'],
    ['DELETE FROM public.tenants WHERE id = $1', 'public'],
    ['INSERT INTO contacts (first_name) VALUES ($1)', 'contacts'],
    ['UPDATE users SET role = $1', 'users'],
    ['SELECT id FROM "tenant_b"."contacts"', '"tenant_b"'],
    [`SELECT id FROM ${t('contacts')} WHERE id IN (SELECT contact_id FROM tasks)`, 'tasks'],
    [`WITH w AS (SELECT 1) SELECT id FROM w JOIN leads ON true`, 'leads'],
    ['SELECT id FROM LATERAL contacts', 'contacts'],
  ])('refuses %s, naming %s', (sql, name) => {
    expect(() => assertQualified(sql, S)).toThrow(UnqualifiedTableError);
    expect(() => assertQualified(sql, S)).toThrow(`"${name}"`);
  });
});
