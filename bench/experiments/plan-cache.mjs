// Experiment 9: what PostgreSQL spends on a tenant's list statement while the statement is new to a connection, and
// whether `plan_cache_mode = force_generic_plan` saves it. The app sends named statements (one text per tenant:
// schema-qualified), and PostgreSQL plans a named statement afresh ("custom plan") on each of its first five
// executions on a connection before it settles on a generic plan; with many tenants per connection most executions
// can be among a statement's first five. C connections each serve their own slice of T tenant schemas (as the app's
// pool partitions do), and run the app's list SQL in phases of executions per (connection, tenant) pair; each phase
// reports the backends' CPU per execution from /proc. Variants run in interleaved rounds on fresh connections.
//
//   node bench/experiments/plan-cache.mjs [--tenants=1000] [--connections=10] [--rounds=3]
// Needs `npm run build` (the app's migrator); DATABASE_URL's server, else an embedded PostgreSQL. Linux only (/proc).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { exitAfter, migrateTenantSchemas, openScratchDatabase } from './lib/scratch-database.mjs';

const { values } = parseArgs({
  options: {
    tenants: { type: 'string', default: '1000' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
  },
});
const TENANTS = Math.min(5000, Number(values.tenants));
const CONNECTIONS = Math.min(50, Number(values.connections));
const ROUNDS = Math.min(10, Number(values.rounds));
const COLUMNS = 'id, first_name, last_name, email, phone, organization_id, notes, created_at, updated_at';
// `literal limit`: the LIMIT written into the text (a validated integer from code) instead of sent as $1.
const VARIANTS = ['auto', 'force_generic_plan', 'literal limit'];
// Executions per (connection, tenant) pair in each phase: 1st, 2nd-5th (custom plans under auto), 6th-10th.
const PHASES = [
  { name: 'execution 1', runs: 1 },
  { name: 'executions 2-5', runs: 4 },
  { name: 'executions 6-10', runs: 5 },
];

/** A process's CPU time in ms, from /proc/<pid>/schedstat (nanoseconds on a CPU; /proc/<pid>/stat counts 10 ms ticks). */
function backendCpuMs(pid) {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

async function runVariant(url, schemas, variant) {
  const clients = [];
  for (let i = 0; i < CONNECTIONS; i += 1) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`SET plan_cache_mode = ${variant === 'force_generic_plan' ? variant : 'auto'}`);
    const { rows } = await client.query('SELECT pg_backend_pid() AS pid');
    clients.push({ client, pid: rows[0].pid, tenants: schemas.filter((_, t) => t % CONNECTIONS === i) });
  }
  const result = {};
  try {
    for (const phase of PHASES) {
      const before = clients.reduce((sum, c) => sum + backendCpuMs(c.pid), 0);
      const started = performance.now();
      let executions = 0;
      await Promise.all(
        clients.map(async ({ client, tenants }) => {
          for (let run = 0; run < phase.runs; run += 1) {
            for (const schema of tenants) {
              const literal = variant === 'literal limit';
              const text = `SELECT ${COLUMNS} FROM "${schema}".contacts ORDER BY created_at DESC, id DESC LIMIT ${literal ? 20 : '$1'}`;
              const name = `mtb_${createHash('md5').update(text).digest('hex')}`;
              await client.query({ name, text, values: literal ? [] : [20] });
              executions += 1;
            }
          }
        }),
      );
      const wallMs = performance.now() - started;
      const cpuMs = clients.reduce((sum, c) => sum + backendCpuMs(c.pid), 0) - before;
      result[phase.name] = { cpuUs: (cpuMs * 1000) / executions, wallUs: (wallMs * 1000 * CONNECTIONS) / executions };
    }
    const plans = await Promise.all(
      clients.map(async ({ client }) => {
        const { rows } = await client.query(
          `SELECT sum(custom_plans)::int AS custom, sum(generic_plans)::int AS generic, count(*)::int AS statements,
             (SELECT sum(total_bytes)::bigint FROM pg_backend_memory_contexts
              WHERE name IN ('CachedPlanSource', 'CachedPlanQuery', 'CachedPlan')) AS plan_bytes
           FROM pg_prepared_statements`,
        );
        return rows[0];
      }),
    );
    const statements = plans.reduce((n, p) => n + p.statements, 0);
    result.plans = {
      custom: plans.reduce((n, p) => n + p.custom, 0),
      generic: plans.reduce((n, p) => n + p.generic, 0),
      // The memory a backend keeps per prepared statement: its parse tree, query tree and plan contexts.
      kbPerStatement: plans.reduce((n, p) => n + Number(p.plan_bytes), 0) / 1024 / statements,
    };
  } finally {
    await Promise.all(clients.map((c) => c.client.end()));
  }
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const disarm = exitAfter(20);
  const db = await openScratchDatabase('plan_cache');
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  try {
    const schemas = await migrateTenantSchemas(pool, TENANTS, { progressEvery: 250 });
    for (const schema of schemas) {
      await pool.query(
        `INSERT INTO "${schema}".contacts (first_name, last_name, email)
         SELECT 'First' || g, 'Last' || g, 'c' || g || '@example.com' FROM generate_series(1, 20) AS g`,
      );
    }
    await pool.query('VACUUM ANALYZE');
    const samples = Object.fromEntries(VARIANTS.map((v) => [v, []]));
    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const variant of round % 2 ? VARIANTS : [...VARIANTS].reverse()) {
        const result = await runVariant(db.url, schemas, variant);
        samples[variant].push(result);
        const line =
          PHASES.map((p) => `${p.name} ${result[p.name].cpuUs.toFixed(0)} us`).join(', ') +
          `; plans: ${result.plans.custom} custom, ${result.plans.generic} generic, ` +
          `${result.plans.kbPerStatement.toFixed(1)} KB per prepared statement`;
        process.stderr.write(`round ${round}/${ROUNDS}: ${variant}: backend CPU per execution: ${line}\n`);
      }
    }
    const { rows } = await pool.query('SELECT version() AS v');
    console.log(
      `\n## A tenant's list statement on a connection, by execution (${rows[0].v.split(' on ')[0]}; ` +
        `${TENANTS} tenants over ${CONNECTIONS} connections; median of ${ROUNDS} rounds)\n`,
    );
    console.log(`| variant | ${PHASES.map((p) => `${p.name}: backend CPU us`).join(' | ')} |`);
    console.log(`|---|${PHASES.map(() => '---').join('|')}|`);
    for (const variant of VARIANTS) {
      const cells = PHASES.map((p) => median(samples[variant].map((s) => s[p.name].cpuUs)).toFixed(0));
      console.log(`| ${variant} | ${cells.join(' | ')} |`);
    }
  } finally {
    await pool.end();
    await db.drop();
    disarm();
  }
}

await main();
