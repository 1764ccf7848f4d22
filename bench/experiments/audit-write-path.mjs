// Experiment 4: where an audited create's server time goes. Sends the CRUD base's audited INSERT (the SQL the built
// app sends, from dist/) straight to PostgreSQL, N inserts over C concurrent clients spread over T tenant schemas
// migrated with the app's own migrator, and times each variant of the trigger path, interleaved over 3 rounds
// (median). Variants change the database only: a plain INSERT without the audit CTE; the audit path as migrated;
// and the path with parts switched off (the chain trigger's lock, hash or the whole trigger; the webhook wake
// trigger; the live-event trigger). Needs `npm run build`. See README.md.
//
//   node bench/experiments/audit-write-path.mjs [--inserts=3000] [--clients=25] [--tenants=10] [--sync=on]
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { exitAfter, migrateTenantSchemas, openScratchDatabase } from './lib/scratch-database.mjs';

const DIST = new URL('../../dist/', import.meta.url).href;
const { auditInsert, CREATED_CHANGES } = await import(`${DIST}platform/tenancy/crud/audited-sql.js`);

const { values } = parseArgs({
  options: {
    inserts: { type: 'string', default: '3000' },
    clients: { type: 'string', default: '25' },
    tenants: { type: 'string', default: '10' },
    sync: { type: 'string', default: 'on' },
    prepared: { type: 'string', default: 'on' },
    variants: { type: 'string', default: '' },
    rounds: { type: 'string', default: '3' },
  },
});
const N = Math.min(100_000, Number(values.inserts));
const CLIENTS = Math.min(100, Number(values.clients));
const TENANTS = Math.min(1000, Number(values.tenants));
const SYNC = values.sync === 'off' ? 'off' : 'on';
// Named statements, as the app sends them by default (DATABASE_PREPARED_STATEMENTS); `off` sends them unnamed.
const PREPARED = values.prepared !== 'off';
const ROUNDS = Math.min(20, Math.max(1, Number(values.rounds)));
const ALL_VARIANTS = [
  'plain',
  'audited',
  'no chain lock',
  'no chain hash',
  'trivial trigger',
  'no wake',
  'no live',
  'shared triggers',
  'function changes',
];
// `--variants=plain,audited` measures only those (comma-separated names from the list above).
const VARIANTS = values.variants ? ALL_VARIANTS.filter((v) => values.variants.split(',').includes(v)) : ALL_VARIANTS;
// The changed fields through the PL/pgSQL function of migrations/public/010 (before public/013).
const FUNCTION_CREATED = 'public.audit_created_changes(w.__audit_new)';

const disarmWatchdog = exitAfter(15);

async function main() {
  const db = await openScratchDatabase('audit');
  const pool = new pg.Pool({ connectionString: db.url, max: CLIENTS + 1 });
  pool.on('error', () => undefined);
  try {
    const schemas = await migrateTenantSchemas(pool, TENANTS);
    const rowOf = async (s) =>
      (await pool.query('SELECT pg_get_functiondef($1::regproc) AS d', [`"${s}".audit_log_row`])).rows[0].d;
    const rowFns = new Map();
    for (const s of schemas) rowFns.set(s, await rowOf(s));
    // Variants edit each tenant's own row trigger function (migrations/public/013), or replace it with the three
    // shared trigger functions it was made of (public/009, 011, 012: chain, live-event announcement, webhook wake).
    const setVariant = async (variant) => {
      for (const s of schemas) {
        let source = rowFns.get(s);
        if (variant === 'no chain lock') {
          source = source
            .replace(/PERFORM pg_advisory_xact_lock[^;]*;/, '')
            .replace('coalesce(h.seq, 0) + 1,', 'coalesce(h.seq, 0) + 1 + (random() * 1e12)::bigint,');
        }
        if (variant === 'no chain hash')
          source = source.replace(/NEW\.hash := public\.audit_chain_hash\([^;]*;/, "NEW.hash := '';");
        if (variant === 'no live') source = source.replace(/-- Live events[\s\S]*?END IF;/, '');
        if (variant === 'no wake') source = source.replace(/-- Webhooks[\s\S]*?END IF;/, '');
        if (variant === 'trivial trigger') {
          source = `CREATE OR REPLACE FUNCTION "${s}".audit_log_row() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN NEW.seq := (random() * 1e15)::bigint; NEW.prev_hash := ''; NEW.hash := '';
            NEW.created_at := clock_timestamp(); RETURN NEW; END $$`;
        }
        await pool.query(source);
        const shared = variant === 'shared triggers';
        const table = `"${s}".audit_log`;
        if (shared) {
          await pool.query(
            `CREATE OR REPLACE TRIGGER audit_log_chain BEFORE INSERT ON ${table} FOR EACH ROW ` +
              'EXECUTE FUNCTION public.audit_log_chain()',
          );
          await pool.query(
            `CREATE OR REPLACE TRIGGER audit_log_live AFTER INSERT ON ${table} FOR EACH ROW ` +
              'EXECUTE FUNCTION public.audit_live_notify()',
          );
          await pool.query(
            `CREATE OR REPLACE TRIGGER audit_log_events AFTER INSERT ON ${table} FOR EACH STATEMENT ` +
              'EXECUTE FUNCTION public.events_wake()',
          );
        } else {
          for (const name of ['audit_log_chain', 'audit_log_live', 'audit_log_events']) {
            await pool.query(`DROP TRIGGER IF EXISTS ${name} ON ${table}`);
          }
        }
        await pool.query(`ALTER TABLE ${table} ${shared ? 'DISABLE' : 'ENABLE'} TRIGGER audit_log_row`);
      }
    };
    const actor = randomUUID();
    const sqlFor = (schema, audited, variant) => {
      const insert = `INSERT INTO "${schema}".contacts AS t (first_name, last_name, email) VALUES ($1, $2, $3)`;
      if (!audited) return `${insert} RETURNING t.id, t.first_name`;
      return `WITH w AS (${insert} RETURNING t.*, to_jsonb(t) AS __audit_new),
        ${auditInsert(`"${schema}".audit_log`, 4, 'create', 'contacts', variant === 'function changes' ? FUNCTION_CREATED : CREATED_CHANGES)}
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
              const schema = schemas[i % schemas.length];
              const text = sqlFor(schema, audited, variant);
              await (PREPARED
                ? client.query({ name: `${audited ? variant.slice(0, 6) : 'p'}:${schema}`, text, values: params })
                : client.query(text, params));
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
        `${TENANTS} tenants, synchronous_commit ${SYNC}, ${PREPARED ? 'named' : 'unnamed'} statements; median of ${ROUNDS} rounds)`,
      '',
      '| variant | us per insert | inserts/s | vs plain |',
      '|---|---|---|---|',
      ...VARIANTS.map((v) => {
        const m = median(ms[v]);
        const ratio = ms.plain ? m / median(ms.plain) : NaN;
        return `| ${v} | ${((m * 1000) / N).toFixed(0)} | ${((N / m) * 1000).toFixed(0)} | ${ratio.toFixed(2)}x |`;
      }),
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    await pool.end();
    await db.drop();
    disarmWatchdog();
  }
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
