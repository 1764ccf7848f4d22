// The benchmark database: a fresh `bench_<timestamp>` database on the server DATABASE_URL names, or an
// embedded PostgreSQL in a fresh temporary folder when DATABASE_URL is unset. Either way `teardown()`
// removes what was created; it is safe to call more than once.
import { chmodSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { freePort } from './children.mjs';
import { log } from './util.mjs';

/** The built module the app itself uses to start an embedded PostgreSQL (`npm run build` first). */
const EMBEDDED_MODULE = pathToFileURL(
  resolve(import.meta.dirname, '../../dist/platform/database/embedded-postgres.js'),
).href;

/** Runs `fn(client)` on a short-lived connection to `url`. */
export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, application_name: 'bench-admin' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** `url` with its database name replaced by `database`. */
function withDatabaseName(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Starts the embedded server in `<workDir>/pg` (the folder must be reachable by the postgres user). */
async function startEmbedded(workDir, settings) {
  const { startEmbeddedPostgres } = await import(EMBEDDED_MODULE);
  const parent = join(workDir, 'pg-parent');
  mkdirSync(parent, { recursive: true });
  // As root, embedded-postgres runs the server as the `postgres` OS user, which must reach the folders.
  chmodSync(workDir, 0o755);
  chmodSync(parent, 0o755);
  const port = await freePort();
  log(`starting embedded PostgreSQL on 127.0.0.1:${port}`);
  return startEmbeddedPostgres({
    dir: join(parent, 'pg'),
    port,
    persistent: false, // stop() deletes the data folder
    settings,
    log: (line) => log(`postgres: ${line.trim()}`),
  });
}

/**
 * Creates the database (`settings`: the embedded server's `-c` settings, from `--pg-settings`). Returns { url, adminUrl, name, embedded: boolean, teardown() }.
 * `url` points at the fresh database; `adminUrl` at the server's maintenance database.
 */
export async function setupDatabase(workDir, settings = {}) {
  const name = `bench_${Date.now()}`;
  const embedded = process.env.DATABASE_URL ? null : await startEmbedded(workDir, settings);
  const adminUrl = process.env.DATABASE_URL ?? embedded.url;
  let created = false;
  const state = {
    name,
    adminUrl,
    url: withDatabaseName(adminUrl, name),
    embedded: embedded !== null,
    async teardown() {
      // On the embedded server the whole cluster is deleted on stop; on a real server drop the database.
      if (created && !embedded) {
        created = false;
        log(`dropping database ${name}`);
        await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch((err) =>
          log(`could not drop database ${name}: ${err.message}`),
        );
      }
      if (embedded && !state.stopped) {
        state.stopped = true;
        log('stopping embedded PostgreSQL');
        await embedded.stop().catch((err) => log(`could not stop embedded PostgreSQL: ${err.message}`));
      }
    },
    stopped: false,
  };
  try {
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
    created = true;
  } catch (err) {
    await state.teardown();
    throw err;
  }
  log(`database ${name} created on ${embedded ? 'the embedded server' : 'the DATABASE_URL server'}`);
  return state;
}

/** The server's version string, e.g. "18.0". */
export async function serverVersion(url) {
  return withClient(url, async (c) => (await c.query('SHOW server_version')).rows[0].server_version);
}
