// Two fresh app processes that differ in some settings, on the same database and tenants, loaded with one scenario
// at the same time, half the connections each (paired-cost.mjs); right after the last round, while both pools are
// still hot, the memory of each app's PostgreSQL backends (backend-memory.mjs). Shared by recycling-cost.mjs and
// affinity-cost.mjs.
import { formatBackendMemory, measureBackendMemory } from './backend-memory.mjs';
import { formatPaired, measurePaired, warmUntilSteady } from './paired-cost.mjs';
import { runScenario, SCENARIOS } from './scenarios.mjs';

/** `on` and `off` are `{ env, name }`; `start(env, name)` starts an app, `stop(target)` stops it. */
export async function measureSettingsPair({
  ctx,
  tenants,
  scenario: scenarioName,
  on: onApp,
  off: offApp,
  start,
  stop,
}) {
  const scenario = SCENARIOS.find((s) => s.name === scenarioName);
  const on = await start(onApp.env, onApp.name);
  let off;
  try {
    off = await start(offApp.env, offApp.name);
    const run = (side, durationSeconds) =>
      runScenario({
        scenario: { ...scenario, name: `${scenarioName}-${onApp.label}-${side}` },
        target: side === 'on' ? on : off,
        tenantsFile: ctx.tenantsFile,
        durationSeconds,
        connections: Math.max(1, Math.floor(ctx.opts.connections / 2)),
        workDir: ctx.workDir,
        monitorClient: ctx.monitorClient,
      });
    // Not counted: both processes are fresh (cold JIT, tenant cache and backends).
    const roundSeconds = Math.min(5, ctx.opts.durationSeconds);
    const warmup = await warmUntilSteady({ run, sides: ['on', 'off'], roundSeconds, tenants });
    const paired = await measurePaired({
      tenants,
      durationSeconds: ctx.opts.durationSeconds,
      run,
      warmup,
      monitorClient: ctx.monitorClient,
    });
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

/** The paired line (with `suffix`), then each side's backend memory under its own label. */
export function formatSettingsPair(label, r, onLabel, offLabel, suffix = '') {
  return [
    formatPaired(label, r) + suffix,
    `  PostgreSQL backends ${onLabel}: ${formatBackendMemory(r.memory.on)}`,
    `  PostgreSQL backends ${offLabel}: ${formatBackendMemory(r.memory.off)}`,
  ].join('\n');
}
