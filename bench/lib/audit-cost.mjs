// The audit log's cost on writes, measured in the same run: the create scenario against the app as configured
// (AUDIT_LOG=on) and against a second app process with AUDIT_LOG=off, on the same database and tenants.
// Both are loaded at the same time, half the connections each: whatever else the machine is doing hits both
// alike. (Measured one after the other on a busy shared machine, single runs varied by +-50%, far more than the
// effect being measured.)
import { runScenario, SCENARIOS } from './scenarios.mjs';

/** The audit log may cost at most this share of create throughput. */
export const MAX_AUDIT_COST = 0.15;

const ROUNDS = 3;

/**
 * `startOff()` starts the AUDIT_LOG=off app and resolves its target; it is stopped with `stop(target)` when the
 * runs are done, so it holds no connections while the other scenarios are measured.
 */
export async function measureAuditCost({ ctx, tenants, startOff, stop }) {
  const create = SCENARIOS.find((s) => s.name === 'create');
  // Its own name, so the two simultaneous runs write their load configuration to different files.
  const createOff = { ...create, name: 'create-audit-off' };
  const off = await startOff();
  const runs = { on: [], off: [] };
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
    // cold, while the app under test has been serving for minutes.
    await run(off, Math.min(5, ctx.opts.durationSeconds));
    for (let i = 0; i < ROUNDS; i += 1) {
      const [on, offRun] = await Promise.all([
        run(ctx.app, ctx.opts.durationSeconds),
        run(off, ctx.opts.durationSeconds),
      ]);
      runs.on.push(on);
      runs.off.push(offRun);
    }
  } finally {
    await stop(off);
  }
  const total = (rs) => rs.reduce((sum, r) => sum + r.requestsPerSecond, 0);
  const errors = (rs) => rs.reduce((sum, r) => sum + r.non2xx + r.errors, 0);
  const on = total(runs.on) / ROUNDS;
  const offRps = total(runs.off) / ROUNDS;
  return {
    tenants,
    onRequestsPerSecond: on,
    offRequestsPerSecond: offRps,
    cost: offRps > 0 ? 1 - on / offRps : null,
    errors: { on: errors(runs.on), off: errors(runs.off) },
    runs: {
      on: runs.on.map((r) => r.requestsPerSecond),
      off: runs.off.map((r) => r.requestsPerSecond),
      p99Ms: { on: runs.on.map((r) => r.p99Ms), off: runs.off.map((r) => r.p99Ms) },
    },
  };
}

export function formatAuditCost(a) {
  const pct = a.cost === null ? 'n/a' : `${(a.cost * 100).toFixed(1)}%`;
  const each = a.runs.on.map((on, i) => `${Math.round(on)}/${Math.round(a.runs.off[i])}`).join(', ');
  return (
    `audit log on create @ ${a.tenants} tenants: on ${Math.round(a.onRequestsPerSecond)} req/s, ` +
    `off ${Math.round(a.offRequestsPerSecond)} req/s (both loaded at once, ${ROUNDS} rounds, on/off: ${each}), cost ${pct}` +
    (a.errors.on + a.errors.off ? `; errors on ${a.errors.on}, off ${a.errors.off}` : '')
  );
}

export function auditCostCheck(a) {
  const ok = a.cost !== null && a.cost < MAX_AUDIT_COST && a.errors.on + a.errors.off === 0;
  return {
    name: `audit log costs < ${MAX_AUDIT_COST * 100}% of create throughput @ ${a.tenants} tenants`,
    pass: ok,
    detail: a.cost === null ? 'no measurement' : `${(a.cost * 100).toFixed(1)}%`,
  };
}
