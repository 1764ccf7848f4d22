import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeIdentifier, type Pool, type PoolClient } from 'pg';
import type { Queryable } from './database.service.js';
import { splitSqlStatements } from './sql-statements.js';

export interface Migration {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export type MigrationSet = 'public' | 'tenant';

const FILE_PATTERN = /^(\d+)_([a-z0-9_-]+)\.sql$/i;

/** Reads `<dir>/<set>/NNN_name.sql`, ordered by number, each with the sha256 of its text. */
export function loadMigrations(dir: string, set: MigrationSet): Migration[] {
  return readdirSync(join(dir, set))
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((f): f is { file: string; match: RegExpExecArray } => f.match !== null)
    .map(({ file, match }) => {
      const sql = readFileSync(join(dir, set, file), 'utf8');
      return {
        version: match[1],
        name: match[2],
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    })
    .sort((a, b) => Number(a.version) - Number(b.version));
}

export class MigrationChecksumError extends Error {}

/**
 * Applies versioned SQL files to one schema and records them in that schema's `schema_migrations`.
 * Runs inside the caller's transaction: the advisory lock makes two processes take turns,
 * and an edited file that was already applied stops everything.
 */
export async function applyMigrations(client: PoolClient, schema: string, migrations: Migration[]): Promise<number> {
  const quoted = escapeIdentifier(schema);
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`migrations:${schema}`]);
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${quoted}.schema_migrations (
       version text PRIMARY KEY,
       name text NOT NULL,
       checksum text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  const { rows } = await client.query<{ version: string; checksum: string }>(
    `SELECT version, checksum FROM ${quoted}.schema_migrations`,
  );
  const applied = new Map(rows.map((r) => [r.version, r.checksum]));
  const pending: Migration[] = [];
  for (const m of migrations) {
    const checksum = applied.get(m.version);
    if (checksum === undefined) pending.push(m);
    else if (checksum !== m.checksum) {
      throw new MigrationChecksumError(
        `Migration ${m.version}_${m.name} was edited after it was applied to ${schema}; add a new migration instead`,
      );
    }
  }
  if (pending.length === 0) return 0;
  await client.query(`SET LOCAL search_path TO ${quoted}`);
  for (const m of pending) {
    // One statement per query, in order, in this transaction: Citus refuses some multi-statement queries.
    const statements = splitSqlStatements(m.sql, `${m.version}_${m.name}.sql`);
    for (const statement of statements) await client.query(statement);
    await client.query(`INSERT INTO ${quoted}.schema_migrations (version, name, checksum) VALUES ($1, $2, $3)`, [
      m.version,
      m.name,
      m.checksum,
    ]);
  }
  return pending.length;
}

/** The newest migration recorded in a schema's `schema_migrations` (numeric order), or null when none is. */
export async function schemaVersion(client: Queryable, schema: string): Promise<string | null> {
  const { rows } = await client.query<{ version: string }>(
    `SELECT version FROM ${escapeIdentifier(schema)}.schema_migrations ORDER BY version::numeric DESC LIMIT 1`,
  );
  return rows[0]?.version ?? null;
}

/**
 * Brings one tenant's schema up to date inside the caller's transaction and records the schema's version on its
 * `public.tenants` row (clearing a recorded failure), so a schema left behind by an older release can be detected.
 */
export async function migrateTenant(
  client: PoolClient,
  tenantId: string,
  schema: string,
  migrations: Migration[],
): Promise<{ applied: number; version: string | null }> {
  const applied = await applyMigrations(client, schema, migrations);
  const version = await schemaVersion(client, schema);
  await client.query(
    `UPDATE public.tenants SET schema_version = $2, migration_error = NULL, migration_failed_at = NULL
     WHERE id = $1 AND (schema_version IS DISTINCT FROM $2 OR migration_error IS NOT NULL)`,
    [tenantId, version],
  );
  return { applied, version };
}

/** The newest version among the migrations the code ships (what a tenant schema must at least be at). */
export function latestVersion(migrations: Migration[]): string | null {
  return migrations.length === 0 ? null : migrations[migrations.length - 1].version;
}

/** Whether a recorded schema version is older than `latest` (unknown counts as older). */
export function isBehind(version: string | null, latest: string | null): boolean {
  if (latest === null) return false;
  return version === null || Number(version) < Number(latest);
}

export interface MigrateProgress {
  done: number;
  total: number;
  applied: number;
}

/** Runs `task` over `items` with at most `concurrency` in flight; stops at the first failure. */
export async function mapBounded<T>(items: T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed: unknown;
  const worker = async () => {
    while (failed === undefined && next < items.length) {
      const item = items[next++];
      try {
        await task(item);
      } catch (err) {
        failed ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failed !== undefined) throw failed;
}

/**
 * Runs `fn` in a transaction on one client of `pool`, opened with `begin`; rolls back on any error.
 * The one transaction helper: DatabaseService and the migrate CLI (which has no Nest container) both use it.
 */
export async function inTransaction<T>(
  pool: Pool,
  fn: (client: PoolClient) => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    // After a client-side query timeout the statement may still be running: a ROLLBACK would only queue
    // behind it (on a frozen server, for another full timeout). Drop the connection instead.
    if (err instanceof Error && err.message === 'Query read timeout') broken = err;
    else {
      await client.query('ROLLBACK').catch((rollbackErr: Error) => {
        broken = rollbackErr;
      });
    }
    throw err;
  } finally {
    // A client whose rollback failed is in an unknown state: destroy it rather than reuse it.
    client.release(broken);
  }
}

/** Brings the shared schema, then every tenant schema, up to date. Used by `npm run migrate` and at start-up. */
export interface MigrateResult {
  shared: number;
  tenants: number;
  applied: number;
  /** Tenants whose migration failed (each rolled back alone); the others were brought up to date. */
  failed: { id: string; error: string }[];
}

/**
 * Brings the shared schema, then every tenant schema, up to date. Used by `npm run migrate` and at start-up.
 * Each tenant migrates in its own transaction; one that fails is rolled back, recorded on its row
 * (`migration_error`, read by `migrate --status`) and listed, and the run goes on with the others.
 */
export async function migrateAll(
  pool: Pool,
  dir: string,
  options: {
    concurrency: number;
    schemaOf: (tenantId: string) => string;
    onProgress?: (p: MigrateProgress) => void;
  },
): Promise<MigrateResult> {
  const shared = await inTransaction(pool, (c) => applyMigrations(c, 'public', loadMigrations(dir, 'public')));
  const tenantMigrations = loadMigrations(dir, 'tenant');
  const { rows } = await pool.query<{ id: string }>('SELECT id FROM public.tenants ORDER BY created_at');
  const progress: MigrateProgress = { done: 0, total: rows.length, applied: 0 };
  const failed: MigrateResult['failed'] = [];
  await mapBounded(rows, options.concurrency, async ({ id }) => {
    try {
      // Awaited first: `progress.applied += await …` reads the total before the await and loses concurrent updates.
      const { applied } = await inTransaction(pool, (c) =>
        migrateTenant(c, id, options.schemaOf(id), tenantMigrations),
      );
      progress.applied += applied;
    } catch (err) {
      // An edited migration file is a release mistake, not one tenant's problem: it stops the run.
      if (err instanceof MigrationChecksumError) throw err;
      const error = err instanceof Error ? err.message : String(err);
      failed.push({ id, error });
      await recordFailure(pool, id, error);
    }
    progress.done += 1;
    options.onProgress?.(progress);
  });
  return { shared, tenants: rows.length, applied: progress.applied, failed };
}

async function recordFailure(pool: Pool, tenantId: string, error: string): Promise<void> {
  await pool.query(
    'UPDATE public.tenants SET migration_error = $2, migration_failed_at = statement_timestamp() WHERE id = $1',
    [tenantId, error.slice(0, 2000)],
  );
}

export interface MigrationStatus {
  /** How many tenant schemas sit at each recorded version (`null`: never recorded). */
  versions: { version: string | null; tenants: number }[];
  /** Tenants whose last migration attempt failed, with when and why. */
  failed: { id: string; domain: string; failed_at: Date; error: string }[];
  /** The newest tenant migration the code ships. */
  latest: string | null;
}

/** `npm run migrate -- --status`: read from the shared schema only, so it is cheap with thousands of tenants. */
export async function migrationStatus(pool: Pool, dir: string): Promise<MigrationStatus> {
  const versions = await pool.query<{ version: string | null; tenants: number }>(
    `SELECT schema_version AS version, count(*)::int AS tenants FROM public.tenants
     GROUP BY schema_version ORDER BY schema_version::numeric NULLS FIRST`,
  );
  const failed = await pool.query<{ id: string; domain: string; failed_at: Date; error: string }>(
    `SELECT id, domain, migration_failed_at AS failed_at, migration_error AS error FROM public.tenants
     WHERE migration_error IS NOT NULL ORDER BY migration_failed_at DESC`,
  );
  return { versions: versions.rows, failed: failed.rows, latest: latestVersion(loadMigrations(dir, 'tenant')) };
}
