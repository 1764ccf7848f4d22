// Experiment 4: where an audited create's server time goes. Sends the CRUD base's audited INSERT (the SQL the built
// app sends, from dist/) straight to PostgreSQL, N inserts over C concurrent clients spread over T tenant schemas
// migrated with the app's own migrator, and times each variant of the trigger path, interleaved over 3 rounds
// (median). Variants change the database only: a plain INSERT without the audit CTE; the audit path as migrated;
// and the path with parts switched off (the chain trigger's lock, hash or the whole trigger; the webhook wake
// trigger; the live-event trigger). Needs `npm run build`. See README.md.
//
//   node bench/experiments/audit-write-path.mjs [--inserts=3000] [--clients=25] [--tenants=10] [--sync=on]
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const DIST = new URL('../../dist/', import.meta.url).href;
const MIGRATIONS = resolve(import.meta.dirname, '../../migrations');
const { applyMigrations, inTransaction, loadMigrations } = await import(`${DIST}platform/database/migrator.js`);
const { auditInsert, CREATED_CHANGES } = await import(`${DIST}platform/tenancy/crud/audited-sql.js`);

const { values } = parseArgs({
  options: {
    inserts: { type: 'string', default: '3000' },
    clients: { type: 'string', default: '25' },
    tenants: { type: 'string', default: '10' },
    sync: { type: 'string', default: 'on' },
  },
});
const N = Math.min(100_000, Number(values.inserts));
const CLIENTS = Math.min(100, Number(values.clients));
const TENANTS = Math.min(1000, Number(values.tenants));
const SYNC = values.sync === 'off' ? 'off' : 'on';
const ROUNDS = 3;
const VARIANTS = ['plain', 'audited', 'no chain lock', 'no chain hash', 'no chain trigger', 'no wake', 'no live'];

const watchdog = setTimeout(() => {
  process.stderr.write('watchdog: 15 minutes passed\n');
  process.exit(1);
}, 15 * 60_000);

async function server() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  const { startEmbeddedPostgres } = await import(`${DIST}platform/database/embedded-postgres.js`);
  const dir = mkdtempSync(join(tmpdir(), 'exp-audit-'));
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

/** The chain trigger function as migrated, with `edit` applied to its source. */
const chainVariant = (source, edit) => edit(source);

async function main() {
  const srv = await server();
  const admin = new pg.Client({ connectionString: srv.url });
  await admin.connect();
  const database = `exp_audit_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(srv.url);
  url.pathname = `/${database}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: CLIENTS + 1 });
  pool.on('error', () => undefined);
  try {
    await inTransaction(pool, (c) => applyMigrations(c, 'public', loadMigrations(MIGRATIONS, 'public')));
    const schemas = [];
    for (let i = 0; i < TENANTS; i += 1) {
      const schema = `tenant_${randomUUID().replace(/-/g, '_')}`;
      await inTransaction(pool, (c) => applyMigrations(c, schema, loadMigrations(MIGRATIONS, 'tenant')));
      schemas.push(schema);
    }
    const chain = (await pool.query("SELECT pg_get_functiondef('public.audit_log_chain'::regproc) AS d")).rows[0].d;
    const triggers = async (name, enabled) => {
      for (const s of schemas) {
        await pool.query(`ALTER TABLE "${s}".audit_log ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER ${name}`);
      }
    };
    const setVariant = async (variant) => {
      let source = chain;
      if (variant === 'no chain lock') {
        source = chainVariant(chain, (d) =>
          d.replace(/PERFORM pg_advisory_xact_lock[^;]*;/, '').replace('+ 1;', '+ 1 + (random() * 1e12)::bigint;'),
        );
      }
      if (variant === 'no chain hash') {
        source = chainVariant(chain, (d) => d.replace(/NEW\.hash := [\s\S]*?'hex'\);/, "NEW.hash := '';"));
      }
      if (variant === 'no chain trigger') {
        source = `CREATE OR REPLACE FUNCTION public.audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN NEW.seq := (random() * 1e15)::bigint; NEW.prev_hash := ''; NEW.hash := '';
          NEW.created_at := clock_timestamp(); RETURN NEW; END $$`;
      }
      await pool.query(source);
      await triggers('audit_log_events', variant !== 'no wake');
      await triggers('audit_log_live', variant !== 'no live');
    };
    const actor = randomUUID();
    const sqlFor = (schema, audited) => {
      const insert = `INSERT INTO "${schema}".contacts AS t (first_name, last_name, email) VALUES ($1, $2, $3)`;
      if (!audited) return `${insert} RETURNING t.id, t.first_name`;
      return `WITH w AS (${insert} RETURNING t.*, to_jsonb(t) AS __audit_new),
        ${auditInsert(`"${schema}".audit_log`, 4, 'create', 'contacts', CREATED_CHANGES)}
        SELECT w.id, w.first_name FROM w`;
    };
    const run = async (variant) => {
      await setVariant(variant);
      const audited = variant !== 'plain';
      let next = 0;
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          const client = await pool.connect();
          try {
            await client.query(`SET synchronous_commit = ${SYNC}`);
            while (next < N) {
              const i = next++;
              const params = ['Ada', `L${i}`, 'ada@example.com'];
              if (audited) params.push('user', actor, '127.0.0.1', `req-${i}`);
              await client.query(sqlFor(schemas[i % schemas.length], audited), params);
            }
          } finally {
            await client.query('RESET synchronous_commit');
            client.release();
          }
        }),
      );
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    await run('audited'); // warm-up, not counted
    const ms = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const v of VARIANTS) {
        ms[v].push(await run(v));
        process.stderr.write(`round ${r + 1}/${ROUNDS}: ${v} ${ms[v].at(-1).toFixed(0)} ms\n`);
      }
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const { rows } = await pool.query('SHOW server_version');
    const lines = [
      `## Audited create, server time (PostgreSQL ${rows[0].server_version}; ${N} inserts, ${CLIENTS} clients, ` +
        `${TENANTS} tenants, synchronous_commit ${SYNC}; median of ${ROUNDS} rounds)`,
      '',
      '| variant | us per insert | inserts/s | vs plain |',
      '|---|---|---|---|',
      ...VARIANTS.map((v) => {
        const m = median(ms[v]);
        const ratio = m / median(ms.plain);
        return `| ${v} | ${((m * 1000) / N).toFixed(0)} | ${((N / m) * 1000).toFixed(0)} | ${ratio.toFixed(2)}x |`;
      }),
      '',
    ];
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
