// What metrics and access logs cost on the list scenario, measured in the same run on fresh app processes that share
// the database and tenants, each pair loaded at the same time with half the connections each (as in audit-cost.mjs):
// - metrics (issue target: under 5%): production (METRICS=on, LOG_LEVEL=log, LOG_FORMAT=json) against the same with
//   METRICS=off, so both write the same JSON access line per request;
// - access logs (reported): METRICS=off with LOG_LEVEL=log and LOG_FORMAT=json against LOG_LEVEL=warn (no line per
//   request). The harness drains each app's stdout as a log collector would.
import { formatPaired, measurePaired, pairedCheck, warmUntilSteady } from './paired-cost.mjs';
import { runScenario, SCENARIOS } from './scenarios.mjs';

/** Metrics may cost at most this share of list throughput. */
export const MAX_METRICS_COST = 0.05;

const PRODUCTION = { METRICS: 'on', LOG_LEVEL: 'log', LOG_FORMAT: 'json' };
const LOGS_ONLY = { METRICS: 'off', LOG_LEVEL: 'log', LOG_FORMAT: 'json' };
const NEITHER = { METRICS: 'off', LOG_LEVEL: 'warn' };

/** Resolves `{ metrics, logs }`, two paired measurements (paired-cost.mjs). */
export async function measureObservabilityCost({ ctx, tenants, start, stop }) {
  const list = SCENARIOS.find((s) => s.name === 'list');
  const apps = [];
  try {
    apps.push(await start(PRODUCTION, 'app (metrics and JSON logs on)'));
    apps.push(await start(LOGS_ONLY, 'app (JSON logs on, metrics off)'));
    apps.push(await start(NEITHER, 'app (metrics and logs off)'));
    const [production, logsOnly, neither] = apps;
    // Own scenario names: simultaneous runs write their load configuration to different files.
    const runOn = (target, name) => (_side, durationSeconds) =>
      runScenario({
        scenario: { ...list, name: `list-${name}` },
        target,
        tenantsFile: ctx.tenantsFile,
        durationSeconds,
        connections: Math.max(1, Math.floor(ctx.opts.connections / 2)),
        workDir: ctx.workDir,
        monitorClient: ctx.monitorClient,
      });
    const pair = (on, off, name) => (side, seconds) =>
      runOn(side === 'on' ? on : off, `${name}-${side}`)(side, seconds);
    // Not counted: the processes are fresh (cold JIT, tenant cache and backends).
    const warmup = await warmUntilSteady({
      run: (i, seconds) => runOn(apps[i], `obs-warm-${i}`)('on', seconds),
      sides: apps.map((_, i) => i),
      roundSeconds: Math.min(5, ctx.opts.durationSeconds),
      tenants,
    });
    const durationSeconds = ctx.opts.durationSeconds;
    const run = pair(production, logsOnly, 'metrics');
    const monitorClient = ctx.monitorClient;
    const metrics = await measurePaired({ tenants, durationSeconds, run, warmup, monitorClient });
    const logs = await measurePaired({
      tenants,
      durationSeconds,
      run: pair(logsOnly, neither, 'logs'),
      warmup,
      monitorClient,
    });
    return { metrics, logs };
  } finally {
    for (const app of apps) await stop(app);
  }
}

export const formatObservabilityCost = (a) =>
  [
    formatPaired('metrics on list (JSON access logs on both sides)', a.metrics),
    formatPaired('JSON access logs on list (metrics off on both sides; reported, no target)', a.logs),
  ].join('\n');

export const observabilityCostCheck = (a) =>
  pairedCheck(`metrics cost < ${MAX_METRICS_COST * 100}% of list throughput`, MAX_METRICS_COST, a.metrics);
