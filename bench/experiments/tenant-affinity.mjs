// Experiment 6: a write's server time at many tenants, with and without affinity between tenants and connections.
// Migrates T tenant schemas with the app's own migrator, then sends the CRUD base's INSERT (plain, or audited as the
// built app sends it) over C connections, each insert to a random tenant: either any tenant ("shared", as one
// undivided pool serves them) or, per connection, only its own slice of the tenants ("affine", as the pool's
// partitions serve them; a slice per pair of connections, as with DATABASE_POOL_PARTITIONS' default). Rounds of N
// inserts each, on the same connections, so the table shows the warm-up: a connection's first write into a tenant
// loads its catalog and compiles its trigger. Also reported: PostgreSQL CPU per insert (the backends' utime+stime).
// Needs `npm run build`. See README.md.
//
//   node bench/experiments/tenant-affinity.mjs [--tenants=1000] [--clients=10] [--inserts=5000] [--rounds=6]
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { exitAfter, migrateTenantSchemas, openScratchDatabase } from './lib/scratch-database.mjs';

const DIST = new URL('../../dist/', import.meta.url).href;
const { auditInsert, CREATED_CHANGES } = await import(`${DIST}platform/tenancy/crud/audited-sql.js`);

const { values } = parseArgs({
  options: {
    tenants: { type: 'string', default: '1000' },
    clients: { type: 'string', default: '10' },
    inserts: { type: 'string', default: '5000' },
    rounds: { type: 'string', default: '6' },
  },
});
const TENANTS = Math.min(5000, Math.max(1, Number(values.tenants)));
const CLIENTS = Math.min(50, Math.max(2, Number(values.clients)));
const N = Math.min(100_000, Math.max(100, Number(values.inserts)));
const ROUNDS = Math.min(20, Math.max(1, Number(values.rounds)));
const CLK_TCK = 100;

const disarmWatchdog = exitAfter(20);

/** utime + stime of a local process, in ms. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

async function main() {
  const db = await openScratchDatabase('affinity');
  const setup = new pg.Pool({ connectionString: db.url, max: 4 });
  setup.on('error', () => undefined);
  try {
    const schemas = await migrateTenantSchemas(setup, TENANTS, { progressEvery: 200 });
    const actor = randomUUID();
    const sqlFor = (schema, audited) => {
      const insert = `INSERT INTO "${schema}".contacts AS t (first_name, last_name, email) VALUES ($1, $2, $3)`;
      if (!audited) return `${insert} RETURNING t.id, t.first_name`;
      return `WITH w AS (${insert} RETURNING t.*, to_jsonb(t) AS __audit_new),
        ${auditInsert(`"${schema}".audit_log`, 4, 'create', 'contacts', CREATED_CHANGES)}
        SELECT w.id, w.first_name FROM w`;
    };
    const slices = CLIENTS / 2;
    /** One setting: C fresh connections, ROUNDS rounds of N inserts, us per insert (wall) and backend CPU per round. */
    const measure = async (audited, affine) => {
      const clients = await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          const c = new pg.Client({ connectionString: db.url });
          await c.connect();
          const pid = (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
          return { c, pid };
        }),
      );
      const mine = clients.map((_, k) =>
        affine ? schemas.filter((_, i) => i % slices === Math.floor(k / 2)) : schemas,
      );
      const rounds = [];
      try {
        for (let r = 0; r < ROUNDS; r += 1) {
          let next = 0;
          const cpuBefore = clients.reduce((sum, { pid }) => sum + cpuMs(pid), 0);
          const started = process.hrtime.bigint();
          await Promise.all(
            clients.map(async ({ c }, k) => {
              while (next < N) {
                const i = next++;
                const schema = mine[k][Math.floor(Math.random() * mine[k].length)];
                const params = ['Ada', `L${i}`, 'ada@example.com'];
                if (audited) params.push('user', actor, '127.0.0.1', `req-${i}`);
                const name = `${audited ? 'a' : 'p'}:${schema}`;
                await c.query({ name, text: sqlFor(schema, audited), values: params });
              }
            }),
          );
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const cpu = clients.reduce((sum, { pid }) => sum + cpuMs(pid), 0) - cpuBefore;
          rounds.push({ usWall: (ms * 1000) / N, usCpu: (cpu * 1000) / N });
          process.stderr.write(
            `${audited ? 'audited' : 'plain'} ${affine ? 'affine' : 'shared'} round ${r + 1}: ` +
              `${rounds.at(-1).usWall.toFixed(0)} us wall, ${rounds.at(-1).usCpu.toFixed(0)} us CPU per insert\n`,
          );
        }
      } finally {
        await Promise.all(clients.map(({ c }) => c.end()));
      }
      return rounds;
    };
    const settings = [
      ['plain', false, false],
      ['plain', false, true],
      ['audited', true, false],
      ['audited', true, true],
    ];
    const results = [];
    for (const [label, audited, affine] of settings) {
      results.push({ label: `${label}, ${affine ? 'affine' : 'shared'}`, rounds: await measure(audited, affine) });
    }
    const { rows } = await setup.query('SHOW server_version');
    const head = Array.from({ length: ROUNDS }, (_, r) => `round ${r + 1}`);
    const lines = [
      `## A write's server time at ${TENANTS} tenants (PostgreSQL ${rows[0].server_version}; ${CLIENTS} connections, ` +
        `${N} inserts per round, named statements; "affine": each pair of connections writes to its own ${slices}th of the tenants)`,
      '',
      'us per insert, wall / backend CPU:',
      '',
      `| setting | ${head.join(' | ')} |`,
      `|---|${head.map(() => '---').join('|')}|`,
      ...results.map(
        (x) => `| ${x.label} | ${x.rounds.map((r) => `${r.usWall.toFixed(0)} / ${r.usCpu.toFixed(0)}`).join(' | ')} |`,
      ),
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    await setup.end();
    await db.drop();
    disarmWatchdog();
  }
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
