// Experiment 5: what one PostgreSQL backend keeps per tenant after writing to many tenants' audit logs. Migrates T
// tenant schemas with the app's own migrator, then, on one fresh connection, inserts one audit row into each
// tenant's audit_log (each insert fires the chain, live-event and webhook-wake triggers) and reads the backend's
// memory from pg_backend_memory_contexts (PostgreSQL 14+) before and after, with the largest contexts. Two variants:
// the triggers as migrated (each tenant's own functions, public/013-014) and pointed at the shared functions of
// public/009 and 012 (before them). PL/pgSQL compiles a trigger function once per table it fires on, so both grow
// per tenant; the difference is the cached plans. Needs `npm run build`. See README.md.
//
//   node bench/experiments/trigger-memory.mjs [--tenants=200]
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const DIST = new URL('../../dist/', import.meta.url).href;
const MIGRATIONS = resolve(import.meta.dirname, '../../migrations');
const { applyMigrations, inTransaction, loadMigrations } = await import(`${DIST}platform/database/migrator.js`);

const { values } = parseArgs({ options: { tenants: { type: 'string', default: '200' } } });
const TENANTS = Math.min(2000, Math.max(1, Number(values.tenants)));

const watchdog = setTimeout(() => {
  process.stderr.write('watchdog: 10 minutes passed\n');
  process.exit(1);
}, 10 * 60_000);

async function server() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const { startEmbeddedPostgres } = await import(`${DIST}platform/database/embedded-postgres.js`);
  const dir = mkdtempSync(join(tmpdir(), 'exp-trigger-memory-'));
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

const mb = (bytes) => (Number(bytes) / 1048576).toFixed(1);

async function main() {
  const srv = await server();
  const admin = new pg.Client({ connectionString: srv.url });
  await admin.connect();
  const database = `exp_trigger_memory_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(srv.url);
  url.pathname = `/${database}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  pool.on('error', () => undefined);
  try {
    await inTransaction(pool, (c) => applyMigrations(c, 'public', loadMigrations(MIGRATIONS, 'public')));
    const schemas = [];
    for (let i = 0; i < TENANTS; i += 1) {
      const schema = `tenant_${randomUUID().replace(/-/g, '_')}`;
      await inTransaction(pool, (c) => applyMigrations(c, schema, loadMigrations(MIGRATIONS, 'tenant')));
      schemas.push(schema);
      if ((i + 1) % 100 === 0) process.stderr.write(`migrated ${i + 1}/${TENANTS} tenant schemas\n`);
    }
    const lines = [
      `## One backend's memory after one audit row in each of ${TENANTS} tenants (PostgreSQL ` +
        `${(await pool.query('SHOW server_version')).rows[0].server_version})`,
      '',
    ];
    for (const shared of [true, false]) {
      for (const s of schemas) {
        const owner = shared ? 'public' : `"${s}"`;
        await pool.query(
          `CREATE OR REPLACE TRIGGER audit_log_chain BEFORE INSERT ON "${s}".audit_log ` +
            `FOR EACH ROW EXECUTE FUNCTION ${owner}.audit_log_chain()`,
        );
        await pool.query(
          `CREATE OR REPLACE TRIGGER audit_log_events AFTER INSERT ON "${s}".audit_log ` +
            `FOR EACH STATEMENT EXECUTE FUNCTION ${owner}.events_wake()`,
        );
      }
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        const total = async () =>
          (await client.query('SELECT sum(total_bytes)::bigint AS b FROM pg_backend_memory_contexts')).rows[0].b;
        const before = await total();
        for (const s of schemas) {
          await client.query(
            `INSERT INTO "${s}".audit_log (actor_type, action, resource) VALUES ('platform', 'create', 'x')`,
          );
        }
        const after = await total();
        const { rows } = await client.query(
          `SELECT name, count(*)::int AS n, sum(total_bytes)::bigint AS bytes FROM pg_backend_memory_contexts
           GROUP BY name ORDER BY sum(total_bytes) DESC LIMIT 6`,
        );
        lines.push(
          `### ${shared ? 'shared trigger functions (public/009, 012)' : 'as migrated (each tenant its own, public/014)'}`,
          '',
          `backend memory ${mb(before)} -> ${mb(after)} MB: ${((after - before) / TENANTS / 1024).toFixed(0)} KB per tenant`,
          '',
          '| memory context | count | MB |',
          '|---|---|---|',
          ...rows.map((r) => `| ${r.name} | ${r.n} | ${mb(r.bytes)} |`),
          '',
        );
      } finally {
        await client.end();
      }
    }
    process.stdout.write(lines.join('\n'));
  } finally {
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    await srv.stop();
    clearTimeout(watchdog);
  }
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
