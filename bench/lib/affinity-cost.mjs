// Pool partitions with tenant affinity at the largest tenant count: two fresh app processes on the same database and
// tenants, one with the default partitions (DATABASE_POOL_PARTITIONS unset: pairs of connections) and one with one
// undivided pool (DATABASE_POOL_PARTITIONS=1), both with the default recycling, loaded with the (audited) create
// scenario at the same time, half the connections each (paired-cost.mjs). A write that is its backend's first into
// a tenant loads the tenant's catalog and compiles its audit trigger; affinity makes those rarer. Right after the last
// round, each app's PostgreSQL backends' memory is read (backend-memory.mjs).
import { formatBackendMemory, measureBackendMemory } from './backend-memory.mjs';
import { formatPaired, measurePaired, pairedWarmupSeconds } from './paired-cost.mjs';
import { runScenario, SCENARIOS } from './scenarios.mjs';

export async function measureAffinity({ ctx, tenants, start, stop }) {
  const create = SCENARIOS.find((s) => s.name === 'create');
  const on = await start({}, 'app (pool partitions, default)');
  let off;
  try {
    off = await start({ DATABASE_POOL_PARTITIONS: '1' }, 'app (DATABASE_POOL_PARTITIONS=1)');
    const run = (side, durationSeconds) =>
      runScenario({
        scenario: { ...create, name: `create-affinity-${side}` },
        target: side === 'on' ? on : off,
        tenantsFile: ctx.tenantsFile,
        durationSeconds,
        connections: Math.max(1, Math.floor(ctx.opts.connections / 2)),
        workDir: ctx.workDir,
        monitorClient: ctx.monitorClient,
      });
    // Not counted: both processes are fresh (cold JIT and tenant cache).
    const warm = pairedWarmupSeconds(tenants, ctx.opts.durationSeconds);
    await Promise.all([run('on', warm), run('off', warm)]);
    const paired = await measurePaired({ tenants, durationSeconds: ctx.opts.durationSeconds, run });
    const memory = {
      on: await measureBackendMemory(ctx.monitorClient, on.applicationName, on.pid),
      off: await measureBackendMemory(ctx.monitorClient, off.applicationName, off.pid),
    };
    return { ...paired, memory };
  } finally {
    await stop(on);
    if (off) await stop(off);
  }
}

export function formatAffinity(a) {
  if (!a) return 'pool partitions: not measured';
  if (a.error) return `pool partitions: failed (${a.error})`;
  return [
    formatPaired('pool partitions with tenant affinity (on) vs one pool (off), on create', a) +
      (a.cost === null ? '' : ` (negative: a gain of ${(-a.cost * 100).toFixed(1)}%)`),
    `  PostgreSQL backends with partitions: ${formatBackendMemory(a.memory.on)}`,
    `  PostgreSQL backends with one pool: ${formatBackendMemory(a.memory.off)}`,
  ].join('\n');
}
