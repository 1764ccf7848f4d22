// The audit log's cost on writes, measured in the same run: the create scenario against the app as configured
// (AUDIT_LOG=on) and against a second app process with AUDIT_LOG=off, on the same database and tenants.
// Both are loaded at the same time, half the connections each: whatever else the machine is doing hits both
// alike. (Measured one after the other on a busy shared machine, single runs varied by +-50%, far more than the
// effect being measured.)
import { formatPaired, measurePaired, pairedCheck, warmUntilSteady } from './paired-cost.mjs';
import { runScenario, SCENARIOS } from './scenarios.mjs';

/** The audit log may cost at most this share of create throughput. */
export const MAX_AUDIT_COST = 0.15;

/**
 * `startOff()` starts the AUDIT_LOG=off app and resolves its target; it is stopped with `stop(target)` when the
 * runs are done, so it holds no connections while the other scenarios are measured.
 */
export async function measureAuditCost({ ctx, tenants, startOff, stop }) {
  const create = SCENARIOS.find((s) => s.name === 'create');
  // Its own name, so the two simultaneous runs write their load configuration to different files.
  const createOff = { ...create, name: 'create-audit-off' };
  const off = await startOff();
  const run = (target, durationSeconds) =>
    runScenario({
      scenario: target === off ? createOff : create,
      target,
      tenantsFile: ctx.tenantsFile,
      durationSeconds,
      connections: Math.max(1, Math.floor(ctx.opts.connections / 2)),
      workDir: ctx.workDir,
      monitorClient: ctx.monitorClient,
    });
  try {
    // Not counted: the fresh process's JIT, its tenant cache and its new PostgreSQL backends' catalog caches are
    // cold; both sides are loaded, as in the rounds, until neither is warming up any more.
    const paired = (side, seconds) => run(side === 'on' ? ctx.app : off, seconds);
    const roundSeconds = Math.min(5, ctx.opts.durationSeconds);
    const warmup = await warmUntilSteady({ run: paired, sides: ['on', 'off'], roundSeconds, tenants });
    return await measurePaired({ tenants, durationSeconds: ctx.opts.durationSeconds, run: paired, warmup });
  } finally {
    await stop(off);
  }
}

export const formatAuditCost = (a) => formatPaired('audit log on create', a);

export const auditCostCheck = (a) =>
  pairedCheck(`audit log costs < ${MAX_AUDIT_COST * 100}% of create throughput`, MAX_AUDIT_COST, a);
