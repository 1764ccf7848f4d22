// Connection recycling at the largest tenant count: two fresh app processes on the same database and tenants, one
// closing each pooled connection once it has served recycleMaxTenants(tenants) tenants
// (DATABASE_POOL_MAX_TENANTS_PER_CONNECTION) and one never recycling (that bound, DATABASE_POOL_MAX_USES and
// DATABASE_POOL_MAX_LIFETIME_SECONDS all 0), both with the default pool partitions, loaded with the list scenario at the same time,
// half the connections each (paired-cost.mjs). Right after the last round, while both pools are still hot, the memory
// of each app's PostgreSQL backends is read (backend-memory.mjs): what recycling saves, next to what it costs.
import { formatBackendMemory, measureBackendMemory } from './backend-memory.mjs';
import { formatPaired, measurePaired, pairedWarmupSeconds } from './paired-cost.mjs';
import { runScenario, SCENARIOS } from './scenarios.mjs';

/**
 * Tenants per connection for the run: the default (250) where that is below what one of the default 5 partitions
 * serves, otherwise a twentieth of the tenants (a quarter of a partition's share; at least 20), so that a short run
 * at 1,000 tenants recycles too.
 */
export const recycleMaxTenants = (tenants) => Math.min(250, Math.max(20, Math.round(tenants / 20)));

export async function measureRecycling({ ctx, tenants, start, stop }) {
  const list = SCENARIOS.find((s) => s.name === 'list');
  const maxTenants = recycleMaxTenants(tenants);
  const recycled = {
    DATABASE_POOL_MAX_TENANTS_PER_CONNECTION: String(maxTenants),
    DATABASE_POOL_MAX_USES: '0',
    DATABASE_POOL_MAX_LIFETIME_SECONDS: '0',
  };
  const never = {
    DATABASE_POOL_MAX_TENANTS_PER_CONNECTION: '0',
    DATABASE_POOL_MAX_USES: '0',
    DATABASE_POOL_MAX_LIFETIME_SECONDS: '0',
  };
  const on = await start(recycled, `app (DATABASE_POOL_MAX_TENANTS_PER_CONNECTION=${maxTenants})`);
  let off;
  try {
    off = await start(never, 'app (no recycling)');
    const run = (side, durationSeconds) =>
      runScenario({
        scenario: { ...list, name: `list-recycle-${side}` },
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
    return { ...paired, maxTenants, memory };
  } finally {
    await stop(on);
    if (off) await stop(off);
  }
}

export function formatRecycling(r) {
  if (!r) return 'connection recycling: not measured';
  if (r.error) return `connection recycling: failed (${r.error})`;
  return [
    formatPaired(`connection recycling (DATABASE_POOL_MAX_TENANTS_PER_CONNECTION=${r.maxTenants}) on list`, r),
    `  PostgreSQL backends with recycling: ${formatBackendMemory(r.memory.on)}`,
    `  PostgreSQL backends without: ${formatBackendMemory(r.memory.off)}`,
  ].join('\n');
}
