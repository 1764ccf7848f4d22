// What metrics and logs cost on the list scenario, measured in the same run: two fresh app processes on the same
// database and tenants, one as production runs it (METRICS=on, LOG_LEVEL=log, LOG_FORMAT=json: one JSON access line
// per request, read by this harness as a log collector would) and one with both off (METRICS=off, LOG_LEVEL=warn).
// Loaded at the same time, half the connections each, as in audit-cost.mjs: whatever else the machine does hits both.
import { formatPaired, measurePaired, pairedCheck } from './paired-cost.mjs';
import { runScenario, SCENARIOS } from './scenarios.mjs';

/** Metrics and logs together may cost at most this share of list throughput. */
export const MAX_OBSERVABILITY_COST = 0.05;

export const OBSERVABILITY_ON = { METRICS: 'on', LOG_LEVEL: 'log', LOG_FORMAT: 'json' };
export const OBSERVABILITY_OFF = { METRICS: 'off', LOG_LEVEL: 'warn' };

export async function measureObservabilityCost({ ctx, tenants, start, stop }) {
  const list = SCENARIOS.find((s) => s.name === 'list');
  const on = await start(OBSERVABILITY_ON, 'app (metrics and JSON logs on)');
  let off;
  try {
    off = await start(OBSERVABILITY_OFF, 'app (metrics and logs off)');
    // Own scenario names: the simultaneous runs write their load configuration to different files.
    const run = (side, durationSeconds) =>
      runScenario({
        scenario: { ...list, name: `list-obs-${side}` },
        target: side === 'on' ? on : off,
        tenantsFile: ctx.tenantsFile,
        durationSeconds,
        connections: Math.max(1, Math.floor(ctx.opts.connections / 2)),
        workDir: ctx.workDir,
        monitorClient: ctx.monitorClient,
      });
    // Not counted: both processes are fresh (cold JIT, tenant cache and backends).
    const warm = Math.min(5, ctx.opts.durationSeconds);
    await Promise.all([run('on', warm), run('off', warm)]);
    return await measurePaired({ tenants, durationSeconds: ctx.opts.durationSeconds, run });
  } finally {
    await stop(on);
    if (off) await stop(off);
  }
}

export const formatObservabilityCost = (a) => formatPaired('metrics + JSON logs on list', a);

export const observabilityCostCheck = (a) =>
  pairedCheck(`metrics and logs cost < ${MAX_OBSERVABILITY_COST * 100}% of list throughput`, MAX_OBSERVABILITY_COST, a);
