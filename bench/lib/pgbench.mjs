// The database's own ceiling for the list query: pgbench running the raw server's list statement, prepared, with as
// many clients as the pool has connections, over the seeded tenants. A schema is an identifier, not a parameter, so
// every tenant gets a script file of its own (at most MAX_SCRIPTS, sampled evenly), each weighted equally.
import { accessSync, constants, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { runProcess } from './children.mjs';
import { round } from './util.mjs';

/** The raw server's list statement (bench/raw-server.mjs), with its limit inlined. */
const COLUMNS = 'id, first_name, last_name, email, phone, organization_id, notes, created_at, updated_at';
/** pgbench accepts at most 128 scripts; 100 tenants sampled evenly spread the load over many schemas already. */
export const MAX_SCRIPTS = 100;

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** pgbench on PATH, else the newest /usr/lib/postgresql/<version>/bin/pgbench (Debian), else null. */
export function findPgbench() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, 'pgbench'))) return join(dir, 'pgbench');
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  const found = versions.map((v) => join(root, v, 'bin', 'pgbench')).find(isExecutable);
  return found ?? null;
}

/** At most `max` items spread evenly over `items`. */
function sample(items, max) {
  if (items.length <= max) return items;
  return Array.from({ length: max }, (_, i) => items[Math.floor((i * items.length) / max)]);
}

const schemaOf = (tenantId) => `tenant_${tenantId.toLowerCase().replace(/-/g, '_')}`;

/** The numbers read from pgbench's summary; tps excludes connection time ("without initial connection time"). */
export function parsePgbench(stdout) {
  const num = (re) => {
    const m = re.exec(stdout);
    return m ? Number(m[1]) : null;
  };
  return {
    tps: num(/^tps = ([\d.]+) \(without initial connection time\)/m),
    latencyAverageMs: num(/^latency average = ([\d.]+) ms/m),
    transactions: num(/^number of transactions actually processed: (\d+)/m),
    failedTransactions: num(/^number of failed transactions: (\d+)/m),
  };
}

/**
 * Runs pgbench against `databaseUrl` for `durationSeconds` over `tenantIds`. Resolves { skipped } when pgbench is not
 * installed, else the parsed summary plus how it was run; throws when pgbench fails.
 */
export async function measurePgbenchList({ databaseUrl, tenantIds, clients, durationSeconds, workDir }) {
  const binary = findPgbench();
  if (!binary) return { skipped: 'pgbench not found: skipped' };
  const dir = join(workDir, `pgbench-${tenantIds.length}`);
  mkdirSync(dir, { recursive: true });
  const scripts = sample(tenantIds, MAX_SCRIPTS).map((id, i) => {
    const file = join(dir, `list-${i}.sql`);
    const schema = `"${schemaOf(id)}"`; // a validated UUID: letters, digits and underscores only
    writeFileSync(file, `SELECT ${COLUMNS} FROM ${schema}.contacts ORDER BY created_at DESC, id DESC LIMIT 20;\n`);
    return file;
  });
  const args = [
    '--no-vacuum', // there are no pgbench_* tables to vacuum
    '--protocol=prepared',
    `--client=${clients}`,
    '--jobs=1',
    `--time=${durationSeconds}`,
    ...scripts.flatMap((f) => ['-f', `${f}@1`]),
    databaseUrl,
  ];
  const result = await runProcess(
    'pgbench',
    binary,
    args,
    { PGAPPNAME: 'bench-pgbench' },
    workDir,
    (durationSeconds + 30) * 1000,
  );
  if (result.code !== 0) {
    // The first error line says why (e.g. "too many clients already"); the rest is in the message too.
    const reason = result.output.split('\n').find((l) => /error|FATAL/.test(l)) ?? '';
    throw new Error(`pgbench exited ${result.code}: ${reason.trim()}\n${result.output}`);
  }
  const parsed = parsePgbench(result.stdout);
  if (parsed.tps === null) throw new Error(`pgbench printed no tps line:\n${result.output}`);
  return {
    binary,
    clients,
    durationSeconds,
    scripts: scripts.length,
    tenants: tenantIds.length,
    ...parsed,
    tps: round(parsed.tps, 0),
  };
}
