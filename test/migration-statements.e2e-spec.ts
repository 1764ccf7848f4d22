import type pg from 'pg';
import type { PoolClient } from 'pg';
import { applyMigrations, loadMigrations, type Migration } from '../src/platform/database/migrator.js';
import { withDatabase } from './support/app.js';

/**
 * Citus forwards a query string to a worker as a prepared statement, so a string holding several commands fails
 * there. Plain PostgreSQL refuses the same thing on the extended protocol: a client that sends every query that way
 * behaves, for this rule, like a Citus coordinator.
 */
function citusLike(client: pg.Client): PoolClient {
  // `queryMode` is in pg (8.11+) but not in @types/pg.
  const query = (text: string, values?: unknown[]) =>
    client.query({ text, values, queryMode: 'extended' } as pg.QueryConfig);
  return { query } as unknown as PoolClient;
}

function migration(version: string, name: string, sql: string): Migration {
  return { version, name, sql, checksum: `test-${version}` };
}

const mixed = migration(
  '901',
  'mixed',
  `-- ALTER TABLE and CREATE INDEX in one file: the pair Citus refused as one query.
ALTER TABLE contacts ADD COLUMN nickname text DEFAULT E'it\\'s; "quoted"';
CREATE INDEX contacts_nickname_idx ON contacts (nickname);
CREATE FUNCTION contacts_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'no; $$ deletes';
END
$fn$;
/* a trailing comment; with a semicolon */`,
);

describe('Migration files run one statement at a time', () => {
  const schema = `scale_split_${process.pid}`;
  // Tenant migrations call shared functions: apply the shared set first, as the app does at start, so that this
  // file passes on its own and not only after a suite that booted the app.
  beforeAll(() =>
    withDatabase(async (db) => {
      await db.query('BEGIN');
      await applyMigrations(db as unknown as PoolClient, 'public', loadMigrations('migrations', 'public'));
      await db.query('COMMIT');
    }),
  );
  afterAll(() => withDatabase((db) => db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)));

  it('a client that refuses multi-command queries refuses a whole migration file (the control)', async () => {
    await withDatabase(async (db) => {
      await expect(citusLike(db).query(mixed.sql)).rejects.toThrow(
        'cannot insert multiple commands into a prepared statement',
      );
    });
  });

  it('applies every tenant migration and a mixed file through that client, in one transaction', async () => {
    const migrations = [...loadMigrations('migrations', 'tenant'), mixed];
    const applied = await withDatabase(async (db) => {
      await db.query('BEGIN');
      const count = await applyMigrations(citusLike(db), schema, migrations);
      await db.query('COMMIT');
      return count;
    });
    expect(applied).toBe(migrations.length);
    const objects = await withDatabase((db) =>
      db.query<{ index: string | null; fn: string | null; dflt: string }>(
        `SELECT to_regclass($1)::text AS index, to_regprocedure($2)::text AS fn,
                (SELECT column_default FROM information_schema.columns
                  WHERE table_schema = $3 AND table_name = 'contacts' AND column_name = 'nickname') AS dflt`,
        [`${schema}.contacts_nickname_idx`, `${schema}.contacts_guard()`, schema],
      ),
    );
    expect(objects.rows[0]).toEqual({
      index: `${schema}.contacts_nickname_idx`,
      fn: `${schema}.contacts_guard()`,
      dflt: `'it''s; "quoted"'::text`,
    });
  });

  it('a failing statement in the middle of a file leaves none of the statements before it', async () => {
    const broken = migration('902', 'broken', 'CREATE TABLE kept_if_not_atomic (id int);\nSELECT 1/0;\n');
    const result = await withDatabase(async (db) => {
      await db.query('BEGIN');
      const err = await applyMigrations(citusLike(db), schema, [broken]).catch((e: Error) => e);
      await db.query('ROLLBACK');
      const table = await db.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [
        `${schema}.kept_if_not_atomic`,
      ]);
      return { err, table: table.rows[0].t };
    });
    expect((result.err as Error).message).toBe('division by zero');
    expect(result.table).toBeNull();
  });
});
