// Command-line flags of bench/run.mjs, turned into one plain options object.
import { parseArgs } from 'node:util';

/** The two presets. `--tenants`, `--duration` and `--connections` override parts of either. */
const PRESETS = {
  quick: { tenantCounts: [10, 100], durationSeconds: 5, provisionCount: 100 },
  full: { tenantCounts: [10, 1000, 10000], durationSeconds: 10, provisionCount: 1000 },
};

const USAGE = `usage: node bench/run.mjs [--quick] [--tenants=10,1000] [--duration=SECONDS] [--connections=N]

  --quick            tenant counts 10 and 100, 5 s per load run, provisioning of 100 tenants (~2 minutes)
  (default)          tenant counts 10, 1000, 10000, 10 s per load run, provisioning of 1000 tenants
  --tenants=LIST     comma-separated tenant counts, ascending (tenants are seeded incrementally)
  --duration=S       seconds per load run (1-600)
  --connections=N    autocannon connections (1-1000, default 50)
  --profile          also profile the app's CPU during one more list, GraphQL list and create run at each count (by library)
  --pg-settings=LIST settings of the embedded PostgreSQL, e.g. shared_buffers=1GB,max_files_per_process=4000`;

export class UsageError extends Error {}

/** Parses a positive integer within [min, max], or throws a UsageError naming the flag. */
function intFlag(name, raw, min, max) {
  if (!/^\d+$/.test(String(raw).trim())) throw new UsageError(`--${name} must be an integer (got "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max) throw new UsageError(`--${name} must be between ${min} and ${max} (got ${value})`);
  return value;
}

/** "10,1000" -> [10, 1000], strictly ascending so tenants can be seeded incrementally. */
function tenantList(raw) {
  const counts = String(raw)
    .split(',')
    .map((part) => intFlag('tenants', part, 1, 100_000));
  for (let i = 1; i < counts.length; i += 1) {
    if (counts[i] <= counts[i - 1]) throw new UsageError('--tenants must be strictly ascending, e.g. 10,1000');
  }
  return counts;
}

/** "shared_buffers=1GB,max_files_per_process=4000" -> { shared_buffers: '1GB', ... }; names are checked. */
function pgSettings(raw) {
  if (!raw) return {};
  return Object.fromEntries(
    raw.split(',').map((pair) => {
      const match = /^([a-z_][a-z_.]*)=([A-Za-z0-9_.]+)$/.exec(pair.trim());
      if (!match) throw new UsageError(`--pg-settings takes name=value pairs (got "${pair}")`);
      return [match[1], match[2]];
    }),
  );
}

/** Returns { mode, tenantCounts, durationSeconds, connections, provisionCount, raw } or throws UsageError. */
export function parseCli(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        quick: { type: 'boolean', default: false },
        tenants: { type: 'string' },
        duration: { type: 'string' },
        connections: { type: 'string' },
        profile: { type: 'boolean', default: false },
        'pg-settings': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError(`${err.message}\n${USAGE}`);
  }
  if (values.help) return { help: USAGE };
  const mode = values.quick ? 'quick' : 'full';
  const preset = PRESETS[mode];
  const tenantCounts = values.tenants ? tenantList(values.tenants) : preset.tenantCounts;
  const largest = tenantCounts[tenantCounts.length - 1];
  return {
    mode,
    tenantCounts,
    durationSeconds: values.duration ? intFlag('duration', values.duration, 1, 600) : preset.durationSeconds,
    connections: values.connections ? intFlag('connections', values.connections, 1, 1000) : 50,
    // Provisioning is measured on the first N tenants created; never more than the run creates.
    provisionCount: Math.min(preset.provisionCount, largest),
    profile: values.profile,
    pgSettings: pgSettings(values['pg-settings']),
    raw: argv.slice(),
  };
}
