// The database experiments' scratch database: a fresh `exp_<name>_<timestamp>` database on an embedded PostgreSQL in
// a temporary folder (or on the server DATABASE_URL names), tenant schemas migrated with the app's own migrator
// (from dist/: `npm run build` first), and a watchdog so that no experiment outlives its time limit.
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

const DIST = new URL('../../../dist/', import.meta.url).href;
const MIGRATIONS = resolve(import.meta.dirname, '../../../migrations');
const { applyMigrations, inTransaction, loadMigrations } = await import(`${DIST}platform/database/migrator.js`);

/** Exits the process with status 1 after `minutes`; returns the function that disarms it. */
export function exitAfter(minutes) {
  const timer = setTimeout(() => {
    process.stderr.write(`watchdog: ${minutes} minutes passed\n`);
    process.exit(1);
  }, minutes * 60_000);
  return () => clearTimeout(timer);
}

async function startServer(name) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const { startEmbeddedPostgres } = await import(`${DIST}platform/database/embedded-postgres.js`);
  const dir = mkdtempSync(join(tmpdir(), `exp-${name}-`));
  chmodSync(dir, 0o755); // as root the server runs as the postgres user
  const port = 20000 + Math.floor(Math.random() * 20000);
  const pgServer = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port, persistent: false, log: () => {} });
  return {
    url: pgServer.url,
    stop: async () => {
      await pgServer.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves `{ url, drop() }`: the fresh database's URL, and what drops it and stops the server it started. */
export async function openScratchDatabase(name) {
  const server = await startServer(name);
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const database = `exp_${name.replace(/-/g, '_')}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(server.url);
  url.pathname = `/${database}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
      await server.stop();
    },
  };
}

/** Applies the shared migrations, then creates and migrates `count` tenant schemas; resolves their names. */
export async function migrateTenantSchemas(pool, count, { progressEvery = 0 } = {}) {
  await inTransaction(pool, (c) => applyMigrations(c, 'public', loadMigrations(MIGRATIONS, 'public')));
  const tenantMigrations = loadMigrations(MIGRATIONS, 'tenant');
  const schemas = [];
  for (let i = 0; i < count; i += 1) {
    const schema = `tenant_${randomUUID().replace(/-/g, '_')}`;
    await inTransaction(pool, (c) => applyMigrations(c, schema, tenantMigrations));
    schemas.push(schema);
    if (progressEvery && (i + 1) % progressEvery === 0) process.stderr.write(`migrated ${i + 1}/${count} tenants\n`);
  }
  return schemas;
}
