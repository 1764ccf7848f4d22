// Experiment 4: where an audited create's server time goes. Sends the CRUD base's audited INSERT (the SQL the built
// app sends, from dist/) straight to PostgreSQL, N inserts over C concurrent clients spread over T tenant schemas
// migrated with the app's own migrator, and times each variant of the trigger path, interleaved over 3 rounds
// (median). Variants change the database only: a plain INSERT without the audit CTE; the audit path as migrated;
// and the path with parts switched off (the chain trigger's lock, hash or the whole trigger; the webhook wake
// trigger; the live-event trigger). Needs `npm run build`. See README.md.
//
//   node bench/experiments/audit-write-path.mjs [--inserts=3000] [--clients=25] [--tenants=10] [--sync=on]
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
  'lean trigger',
  'static changes',
  'lean+static',
  'cte chain',
  'merged checks',
  'no checks',
  'static+no checks',
  'cte events',
  'checks per write',
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
        if (['no checks', 'static+no checks', 'cte events'].includes(variant)) {
          source = source.replace(/-- Live events[\s\S]*?END IF;/, '').replace(/-- Webhooks[\s\S]*?END IF;/, '');
        }
        if (variant === 'merged checks') source = mergedChecks(source, s);
        if (variant === 'checks per write') source = source.replace(/\n\s*RETURN NEW;/, `\n${CHECKS_PER_WRITE(s)}\n  RETURN NEW;`);
        if (variant === 'lean trigger' || variant === 'lean+static') source = leanTrigger(s);
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
        if (variant === 'cte chain') {
          await pool.query(`CREATE TABLE IF NOT EXISTS "${s}".audit_chain_head (seq bigint NOT NULL, prev_hash text NOT NULL,
            hash text NOT NULL, created_at timestamptz, id uuid)`);
          await pool.query(`DELETE FROM "${s}".audit_chain_head`);
          await pool.query(`INSERT INTO "${s}".audit_chain_head (seq, prev_hash, hash)
            SELECT coalesce(max(seq), 0), '', coalesce((SELECT hash FROM "${s}".audit_log ORDER BY seq DESC LIMIT 1), repeat('0', 64)) FROM "${s}".audit_log`);
        }
        const off = shared || variant === 'cte chain';
        await pool.query(`ALTER TABLE ${table} ${off ? 'DISABLE' : 'ENABLE'} TRIGGER audit_log_row`);
      }
    };
    // The trigger of migrations/public/013, which checked for a live listener and an active subscription on every
    // write; public/014 generates each tenant's trigger with only the blocks it needs.
    const CHECKS_PER_WRITE = (s) => `
  IF NEW.action IN ('create', 'update', 'delete') AND EXISTS (
    SELECT 1 FROM public.live_event_listeners
    WHERE tenant_id = public.change_tenant_id(TG_TABLE_SCHEMA)::uuid AND expires_at > statement_timestamp()
  ) THEN
    PERFORM pg_notify('mtb_events', json_build_object(
      'kind', 'audit', 'tenant_id', public.change_tenant_id(TG_TABLE_SCHEMA), 'id', NEW.id, 'seq', NEW.seq,
      'created_at', public.audit_time(NEW.created_at), 'action', NEW.action, 'resource', NEW.resource,
      'resource_id', NEW.resource_id,
      'changed', (SELECT coalesce(json_agg(k), '[]'::json) FROM jsonb_object_keys(coalesce(NEW.changes, '{}')) AS k)
    )::text);
  END IF;
  IF EXISTS (SELECT 1 FROM "${s}".webhook_subscriptions WHERE active) THEN
    INSERT INTO public.jobs (name, tenant_id, lane, max_attempts, backoff_ms, max_backoff_ms, timeout_ms, singleton_key)
    SELECT 'events.dispatch', t.id, t.id, 1000000, 1000, 60000, 60000, 'events.dispatch:' || t.id
    FROM (SELECT public.change_tenant_id(TG_TABLE_SCHEMA)::uuid AS id) AS t
    ON CONFLICT (singleton_key) WHERE state = 'queued' DO NOTHING;
    PERFORM pg_notify('mtb_events', '{"kind":"jobs"}');
  END IF;`;
    // Candidate: the migrated trigger with its two checks (live listener, active subscription) in one statement.
    const mergedChecks = (source, s) =>
      source
        .replace(/AS (\$\w*\$)\s*BEGIN/, 'AS $1\nDECLARE live boolean; hooks boolean;\nBEGIN')
        .replace(
          /-- Live events[^\n]*\n\s*IF NEW\.action IN \('create', 'update', 'delete'\) AND EXISTS \(([\s\S]*?)\) THEN/,
          "SELECT NEW.action IN ('create', 'update', 'delete') AND EXISTS ($1), " +
            `EXISTS (SELECT 1 FROM "${s}".webhook_subscriptions WHERE active) INTO live, hooks;\n  IF live THEN`,
        )
        .replace(/IF EXISTS \(SELECT 1 FROM [^ ]+\.webhook_subscriptions WHERE active\) THEN/, 'IF hooks THEN');
    // Candidate: the tenant id and lock key as constants, head read and hash in one statement, both checks in one.
    const leanTrigger = (s) => {
      const id = s.slice(7).replaceAll('_', '-');
      return `CREATE OR REPLACE FUNCTION "${s}".audit_log_row() RETURNS trigger LANGUAGE plpgsql AS $body$
DECLARE live boolean; hooks boolean;
BEGIN
  PERFORM pg_advisory_xact_lock(1096107348, hashtext('${s}'));
  SELECT h.seq, h.prev, h.at, public.audit_chain_hash(h.prev, h.seq, NEW.id, h.at, NEW.actor_type, NEW.actor_id,
    NEW.action, NEW.resource, NEW.resource_id, NEW.changes, NEW.details, NEW.reason, NEW.ip, NEW.request_id)
  INTO NEW.seq, NEW.prev_hash, NEW.created_at, NEW.hash
  FROM (SELECT coalesce(l.seq, 0) + 1 AS seq, coalesce(l.hash, repeat('0', 64)) AS prev,
          date_trunc('milliseconds', clock_timestamp()) AS at
        FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT seq, hash FROM "${s}".audit_log ORDER BY seq DESC LIMIT 1) AS l ON true) AS h;
  SELECT NEW.action IN ('create', 'update', 'delete') AND EXISTS (SELECT 1 FROM public.live_event_listeners
           WHERE tenant_id = '${id}' AND expires_at > statement_timestamp()),
         EXISTS (SELECT 1 FROM "${s}".webhook_subscriptions WHERE active)
  INTO live, hooks;
  IF live THEN
    PERFORM pg_notify('mtb_events', json_build_object('kind', 'audit', 'tenant_id', '${id}', 'id', NEW.id, 'seq', NEW.seq,
      'created_at', public.audit_time(NEW.created_at), 'action', NEW.action, 'resource', NEW.resource,
      'resource_id', NEW.resource_id,
      'changed', (SELECT coalesce(json_agg(k), '[]'::json) FROM jsonb_object_keys(coalesce(NEW.changes, '{}')) AS k))::text);
  END IF;
  IF hooks THEN
    INSERT INTO public.jobs (name, tenant_id, lane, max_attempts, backoff_ms, max_backoff_ms, timeout_ms, singleton_key)
    VALUES ('events.dispatch', '${id}', '${id}', 1000000, 1000, 60000, 60000, 'events.dispatch:${id}')
    ON CONFLICT (singleton_key) WHERE state = 'queued' DO NOTHING;
    PERFORM pg_notify('mtb_events', '{"kind":"jobs"}');
  END IF;
  RETURN NEW;
END $body$`;
    };
    // Candidate: the created fields column by column, as code that knows the table's columns would write them.
    const STATIC_CREATED = `jsonb_strip_nulls(jsonb_build_object(${[
      'first_name',
      'last_name',
      'email',
      'phone',
      'organization_id',
      'notes',
    ]
      .map((c) => `'${c}', CASE WHEN w.${c} IS NOT NULL THEN jsonb_build_object('new', w.${c}) END`)
      .join(', ')}))`;
    // Candidate: no trigger; the chain head is a one-row table whose UPDATE serialises writers (READ COMMITTED
    // re-reads the newest head after waiting), and the announcement and wake are parts of the statement.
    const cteChain = (s, insert) => {
      const id = s.slice(7).replaceAll('_', '-');
      return `WITH w AS (${insert} RETURNING t.*, to_jsonb(t) AS __audit_new),
      c AS (SELECT w.id::text AS resource_id, ${CREATED_CHANGES} AS changes FROM w),
      head AS (
        UPDATE "${s}".audit_chain_head AS h
        SET (seq, prev_hash, hash, created_at, id) = (
          SELECT x.seq, h.hash, public.audit_chain_hash(h.hash, x.seq, x.id, x.at, $4, $5::uuid, 'create', 'contacts',
            c.resource_id, c.changes, NULL, NULL, $6, $7), x.at, x.id
          FROM (SELECT h.seq + 1 AS seq, gen_random_uuid() AS id, date_trunc('milliseconds', clock_timestamp()) AS at) AS x)
        FROM c WHERE c.changes IS NOT NULL
        RETURNING h.seq, h.prev_hash, h.hash, h.created_at, h.id, c.resource_id, c.changes
      ),
      audit AS (
        INSERT INTO "${s}".audit_log (seq, id, created_at, actor_type, actor_id, ip, request_id, action, resource, resource_id, changes, prev_hash, hash)
        SELECT head.seq, head.id, head.created_at, $4, $5::uuid, $6, $7, 'create', 'contacts', head.resource_id, head.changes, head.prev_hash, head.hash
        FROM head
        RETURNING seq, id, created_at, action, resource, resource_id, changes
      ),
      wake AS (
        INSERT INTO public.jobs (name, tenant_id, lane, max_attempts, backoff_ms, max_backoff_ms, timeout_ms, singleton_key)
        SELECT 'events.dispatch', '${id}', '${id}', 1000000, 1000, 60000, 60000, 'events.dispatch:${id}'
        FROM audit WHERE EXISTS (SELECT 1 FROM "${s}".webhook_subscriptions WHERE active)
        ON CONFLICT (singleton_key) WHERE state = 'queued' DO NOTHING
      )
      SELECT w.id, w.first_name FROM w
      WHERE (SELECT count(pg_notify('mtb_events', json_build_object('kind', 'audit', 'tenant_id', '${id}', 'id', a.id,
          'seq', a.seq, 'created_at', public.audit_time(a.created_at), 'action', a.action, 'resource', a.resource,
          'resource_id', a.resource_id, 'changed', (SELECT coalesce(json_agg(k), '[]'::json) FROM jsonb_object_keys(a.changes) AS k))::text))
        FROM audit AS a WHERE EXISTS (SELECT 1 FROM public.live_event_listeners
          WHERE tenant_id = '${id}' AND expires_at > statement_timestamp())) >= 0
        AND (SELECT count(pg_notify('mtb_events', '{"kind":"jobs"}')) FROM audit
          WHERE EXISTS (SELECT 1 FROM "${s}".webhook_subscriptions WHERE active)) >= 0`;
    };
    // Candidate: the trigger keeps only the chain; the statement announces and wakes (its checks are init plans,
    // planned once with the prepared statement, instead of two SPI queries per row in the trigger).
    const cteEvents = (s, insert) => {
      const id = s.slice(7).replaceAll('_', '-');
      return `WITH w AS (${insert} RETURNING t.*),
      audit AS (
        INSERT INTO "${s}".audit_log (actor_type, actor_id, ip, request_id, action, resource, resource_id, changes)
        SELECT $4, $5::uuid, $6, $7, 'create', 'contacts', w.id::text, ${STATIC_CREATED} FROM w
        RETURNING seq, id, created_at, action, resource, resource_id, changes
      ),
      wake AS (
        INSERT INTO public.jobs (name, tenant_id, lane, max_attempts, backoff_ms, max_backoff_ms, timeout_ms, singleton_key)
        SELECT 'events.dispatch', '${id}', '${id}', 1000000, 1000, 60000, 60000, 'events.dispatch:${id}'
        WHERE EXISTS (SELECT 1 FROM audit) AND EXISTS (SELECT 1 FROM "${s}".webhook_subscriptions WHERE active)
        ON CONFLICT (singleton_key) WHERE state = 'queued' DO NOTHING
      ),
      live AS (
        SELECT pg_notify('mtb_events', json_build_object('kind', 'audit', 'tenant_id', '${id}', 'id', a.id,
          'seq', a.seq, 'created_at', public.audit_time(a.created_at), 'action', a.action, 'resource', a.resource,
          'resource_id', a.resource_id, 'changed', (SELECT coalesce(json_agg(k), '[]'::json) FROM jsonb_object_keys(a.changes) AS k))::text)
        FROM audit AS a WHERE EXISTS (SELECT 1 FROM public.live_event_listeners
          WHERE tenant_id = '${id}' AND expires_at > statement_timestamp())
        UNION ALL
        SELECT pg_notify('mtb_events', '{"kind":"jobs"}')
        WHERE EXISTS (SELECT 1 FROM audit) AND EXISTS (SELECT 1 FROM "${s}".webhook_subscriptions WHERE active)
      )
      SELECT w.id, w.first_name FROM w WHERE (SELECT count(*) FROM live) >= 0`;
    };
    const actor = randomUUID();
    const sqlFor = (schema, audited, variant) => {
      const insert = `INSERT INTO "${schema}".contacts AS t (first_name, last_name, email) VALUES ($1, $2, $3)`;
      if (!audited) return `${insert} RETURNING t.id, t.first_name`;
      if (variant === 'cte chain') return cteChain(schema, insert);
      if (variant === 'cte events') return cteEvents(schema, insert);
      const isStatic = ['static changes', 'lean+static', 'static+no checks'].includes(variant);
      const changes = variant === 'function changes' ? FUNCTION_CREATED : isStatic ? STATIC_CREATED : CREATED_CHANGES;
      return `WITH w AS (${insert} RETURNING t.*${isStatic ? '' : ', to_jsonb(t) AS __audit_new'}),
        ${auditInsert(`"${schema}".audit_log`, 4, 'create', 'contacts', changes)}
        SELECT w.id, w.first_name FROM w`;
    };
    // PostgreSQL's own CPU: utime + stime (clock ticks, 100 per second) of the run's backends, from /proc (the
    // server is local), so that a variant's server cost is not hidden by this process's share of the machine.
    const backendPids = new Set();
    const cpuTicks = () => {
      let ticks = 0;
      for (const pid of backendPids) {
        try {
          const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
          ticks += Number(fields[11]) + Number(fields[12]);
        } catch {
          // the backend exited
        }
      }
      return ticks;
    };
    const run = async (variant) => {
      await setVariant(variant);
      const audited = variant !== 'plain';
      let next = 0;
      const ticksBefore = cpuTicks();
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          const client = await pool.connect();
          backendPids.add(client.processID);
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
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      return { wall, cpu: (cpuTicks() - ticksBefore) * 10 };
    };
    await run('audited'); // warm-up, not counted
    const ms = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    const cpu = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const v of VARIANTS) {
        const t = await run(v);
        ms[v].push(t.wall);
        cpu[v].push(t.cpu);
        process.stderr.write(`round ${r + 1}/${ROUNDS}: ${v} ${t.wall.toFixed(0)} ms, server CPU ${t.cpu} ms\n`);
      }
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const { rows } = await pool.query('SHOW server_version');
    const lines = [
      `## Audited create, server time (PostgreSQL ${rows[0].server_version}; ${N} inserts, ${CLIENTS} clients, ` +
        `${TENANTS} tenants, synchronous_commit ${SYNC}, ${PREPARED ? 'named' : 'unnamed'} statements; median of ${ROUNDS} rounds)`,
      '',
      '| variant | us per insert | inserts/s | vs plain | backend CPU us per insert |',
      '|---|---|---|---|---|',
      ...VARIANTS.map((v) => {
        const m = median(ms[v]);
        const ratio = ms.plain ? m / median(ms.plain) : NaN;
        const c = (median(cpu[v]) * 1000) / N;
        return `| ${v} | ${((m * 1000) / N).toFixed(0)} | ${((N / m) * 1000).toFixed(0)} | ${ratio.toFixed(2)}x | ${c.toFixed(0)} |`;
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
