// Connection recycling at the largest tenant count: two fresh app processes on the same database and tenants, one
// recycling its pooled connections after RECYCLE_MAX_USES checkouts (DATABASE_POOL_MAX_USES) and one never
// (DATABASE_POOL_MAX_USES=0, DATABASE_POOL_MAX_LIFETIME_SECONDS=0), loaded with the list scenario at the same time,
// half the connections each (paired-cost.mjs). Right after the last round, while both pools are still hot, the memory
// of each app's PostgreSQL backends is read (backend-memory.mjs): what recycling saves, next to what it costs.
import { formatBackendMemory, measureBackendMemory } from './backend-memory.mjs';
import { formatPaired, measurePaired } from './paired-cost.mjs';
import { runScenario, SCENARIOS } from './scenarios.mjs';

/**
 * Uses per connection for the run: about half the tenants, so a backend is replaced before it has touched them all
 * (and several times within a short run), never below 100 so that 10 tenants do not mean a reconnect per request.
 */
export const recycleMaxUses = (tenants) => Math.max(100, Math.round(tenants / 2));

export async function measureRecycling({ ctx, tenants, start, stop }) {
  const list = SCENARIOS.find((s) => s.name === 'list');
  const maxUses = recycleMaxUses(tenants);
  const recycled = { DATABASE_POOL_MAX_USES: String(maxUses), DATABASE_POOL_MAX_LIFETIME_SECONDS: '0' };
  const never = { DATABASE_POOL_MAX_USES: '0', DATABASE_POOL_MAX_LIFETIME_SECONDS: '0' };
  const on = await start(recycled, `app (DATABASE_POOL_MAX_USES=${maxUses})`);
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
    const warm = Math.min(5, ctx.opts.durationSeconds);
    await Promise.all([run('on', warm), run('off', warm)]);
    const paired = await measurePaired({ tenants, durationSeconds: ctx.opts.durationSeconds, run });
    const memory = {
      on: await measureBackendMemory(ctx.monitorClient, on.applicationName, on.pid),
      off: await measureBackendMemory(ctx.monitorClient, off.applicationName, off.pid),
    };
    return { ...paired, maxUses, memory };
  } finally {
    await stop(on);
    if (off) await stop(off);
  }
}

export function formatRecycling(r) {
  if (!r) return 'connection recycling: not measured';
  if (r.error) return `connection recycling: failed (${r.error})`;
  return [
    formatPaired(`connection recycling (DATABASE_POOL_MAX_USES=${r.maxUses}) on list`, r),
    `  PostgreSQL backends with recycling: ${formatBackendMemory(r.memory.on)}`,
    `  PostgreSQL backends without: ${formatBackendMemory(r.memory.off)}`,
  ].join('\n');
}
