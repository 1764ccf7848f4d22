// What metrics and logs cost on the list scenario, measured in the same run: two fresh app processes on the same
// database and tenants, one as production runs it (METRICS=on, LOG_LEVEL=log, LOG_FORMAT=json: one JSON access line
// per request, read by this harness as a log collector would) and one with both off (METRICS=off, LOG_LEVEL=warn).
// Loaded at the same time, half the connections each, as in audit-cost.mjs: whatever else the machine does hits both.
import { runScenario, SCENARIOS } from './scenarios.mjs';

/** Metrics and logs together may cost at most this share of list throughput. */
export const MAX_OBSERVABILITY_COST = 0.05;

const ROUNDS = 3;

export const OBSERVABILITY_ON = { METRICS: 'on', LOG_LEVEL: 'log', LOG_FORMAT: 'json' };
export const OBSERVABILITY_OFF = { METRICS: 'off', LOG_LEVEL: 'warn' };

export async function measureObservabilityCost({ ctx, tenants, start, stop }) {
  const list = SCENARIOS.find((s) => s.name === 'list');
  const on = await start(OBSERVABILITY_ON, 'app (metrics and JSON logs on)');
  let off;
  const runs = { on: [], off: [] };
  try {
    off = await start(OBSERVABILITY_OFF, 'app (metrics and logs off)');
    // Own scenario names: the simultaneous runs write their load configuration to different files.
    const run = (target, name, durationSeconds) =>
      runScenario({
        scenario: { ...list, name },
        target,
        tenantsFile: ctx.tenantsFile,
        durationSeconds,
        connections: Math.max(1, Math.floor(ctx.opts.connections / 2)),
        workDir: ctx.workDir,
        monitorClient: ctx.monitorClient,
      });
    // Not counted: both processes are fresh (cold JIT, tenant cache and backends).
    const warm = Math.min(5, ctx.opts.durationSeconds);
    await Promise.all([run(on, 'list-obs-on', warm), run(off, 'list-obs-off', warm)]);
    for (let i = 0; i < ROUNDS; i += 1) {
      const [onRun, offRun] = await Promise.all([
        run(on, 'list-obs-on', ctx.opts.durationSeconds),
        run(off, 'list-obs-off', ctx.opts.durationSeconds),
      ]);
      runs.on.push(onRun);
      runs.off.push(offRun);
    }
  } finally {
    await stop(on);
    if (off) await stop(off);
  }
  const total = (rs) => rs.reduce((sum, r) => sum + r.requestsPerSecond, 0);
  const errors = (rs) => rs.reduce((sum, r) => sum + r.non2xx + r.errors, 0);
  const onRps = total(runs.on) / ROUNDS;
  const offRps = total(runs.off) / ROUNDS;
  return {
    tenants,
    onRequestsPerSecond: onRps,
    offRequestsPerSecond: offRps,
    cost: offRps > 0 ? 1 - onRps / offRps : null,
    errors: { on: errors(runs.on), off: errors(runs.off) },
    runs: {
      on: runs.on.map((r) => r.requestsPerSecond),
      off: runs.off.map((r) => r.requestsPerSecond),
      p99Ms: { on: runs.on.map((r) => r.p99Ms), off: runs.off.map((r) => r.p99Ms) },
    },
  };
}

export function formatObservabilityCost(a) {
  const pct = a.cost === null ? 'n/a' : `${(a.cost * 100).toFixed(1)}%`;
  const each = a.runs.on.map((on, i) => `${Math.round(on)}/${Math.round(a.runs.off[i])}`).join(', ');
  return (
    `metrics + JSON logs on list @ ${a.tenants} tenants: on ${Math.round(a.onRequestsPerSecond)} req/s, ` +
    `off ${Math.round(a.offRequestsPerSecond)} req/s (both loaded at once, ${ROUNDS} rounds, on/off: ${each}), cost ${pct}` +
    (a.errors.on + a.errors.off ? `; errors on ${a.errors.on}, off ${a.errors.off}` : '')
  );
}

export function observabilityCostCheck(a) {
  const ok = a.cost !== null && a.cost < MAX_OBSERVABILITY_COST && a.errors.on + a.errors.off === 0;
  return {
    name: `metrics and logs cost < ${MAX_OBSERVABILITY_COST * 100}% of list throughput @ ${a.tenants} tenants`,
    pass: ok,
    detail: a.cost === null ? 'no measurement' : `${(a.cost * 100).toFixed(1)}%`,
  };
}
