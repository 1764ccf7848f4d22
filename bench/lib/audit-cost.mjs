// The audit log's cost on writes, measured in the same run: the create scenario against two fresh app processes on
// the same database and tenants, one with AUDIT_LOG=on (as configured) and one with AUDIT_LOG=off. Both are loaded at
// the same time, half the connections each: whatever else the machine is doing hits both alike. (Measured one after
// the other on a busy shared machine, single runs varied by +-50%, far more than the effect being measured.) Both
// sides are fresh, so they differ in the audit log alone: until the sixth session the `on` side was the app under
// test, whose PostgreSQL backends had also served the list and GraphQL runs (at 1,000 tenants about 200 tenants'
// worth of their statements and catalog entries each, 100-150 MB per backend), against a fresh `off` app that had
// only ever sent creates.
import { formatPaired, measurePaired, pairedCheck, warmUntilSteady } from './paired-cost.mjs';
import { runScenario, SCENARIOS } from './scenarios.mjs';

/** The audit log may cost at most this share of create throughput. */
export const MAX_AUDIT_COST = 0.15;

/**
 * `start(auditLog)` starts an app with AUDIT_LOG=on or off and resolves its target; both are stopped with
 * `stop(target)` when the runs are done, so they hold no connections while the other scenarios are measured.
 */
export async function measureAuditCost({ ctx, tenants, start, stop }) {
  const create = SCENARIOS.find((s) => s.name === 'create');
  // Its own name, so the two simultaneous runs write their load configuration to different files.
  const createOff = { ...create, name: 'create-audit-off' };
  const [on, off] = await Promise.all([start('on'), start('off')]);
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
    // Not counted: the fresh processes' JIT, tenant caches and new PostgreSQL backends' catalog caches are cold;
    // both sides are loaded, as in the rounds, until neither is warming up any more.
    const paired = (side, seconds) => run(side === 'on' ? on : off, seconds);
    const roundSeconds = Math.min(5, ctx.opts.durationSeconds);
    const warmup = await warmUntilSteady({ run: paired, sides: ['on', 'off'], roundSeconds, tenants });
    return await measurePaired({
      tenants,
      durationSeconds: ctx.opts.durationSeconds,
      run: paired,
      warmup,
      monitorClient: ctx.monitorClient,
    });
  } finally {
    await Promise.all([stop(on), stop(off)]);
  }
}

export const formatAuditCost = (a) => formatPaired('audit log on create', a);

export const auditCostCheck = (a) =>
  pairedCheck(`audit log costs < ${MAX_AUDIT_COST * 100}% of create throughput`, MAX_AUDIT_COST, a);
