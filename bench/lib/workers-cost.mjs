// APP_WORKERS (docs/workers.md): list and create against fresh apps with one worker process (rate limits in memory,
// as the app under test, then in Redis) and with two (more than one worker requires Redis, so the second and third
// differ in the process count alone; the first two give what counting in Redis costs). Each is warmed until steady,
// then loaded alone with all the connections (the point is what a second process adds when it has the machine to
// itself), in interleaved rounds, medians reported: per second and per CPU-second of the whole process tree
// (primary and workers), next to the raw server's run at the same count.
import { Socket } from 'node:net';
import { warmUntilSteady } from './paired-cost.mjs';
import { perCpuSecond } from './report.mjs';
import { runScenario, SCENARIOS } from './scenarios.mjs';
import { percentile } from './util.mjs';

/** One worker without Redis (the rate limits in memory, as the app under test), then with it, then two workers. */
const VARIANTS = [
  { workers: 1, redis: false },
  { workers: 1, redis: true },
  { workers: 2, redis: true },
];

/** The Redis the pair counts rate limits in: REDIS_URL of the harness's environment, else a local default. */
export async function localRedisUrl() {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const { hostname, port } = new URL(url);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') return null;
  const reachable = await new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(port || 6379), '127.0.0.1', () => done(true));
  });
  return reachable ? url : null;
}

/** Interleaved rounds per scenario: this machine's speed drifts by tens of percent within minutes. */
const ROUNDS = 3;

const median = (values) => percentile(values, 50);

/** Resolves `{ tenants, runs: [{ workers, redis, scenario, requestsPerSecond, cpuPercent, ... }] }` or `{ skipped }`. */
export async function measureWorkers({ ctx, tenants, start, stop }) {
  const redisUrl = await localRedisUrl();
  if (!redisUrl) return { tenants, skipped: 'no Redis on 127.0.0.1 (REDIS_URL or :6379); APP_WORKERS > 1 needs one' };
  const apps = [];
  try {
    for (const variant of VARIANTS) {
      const env = { APP_WORKERS: String(variant.workers), ...(variant.redis ? { REDIS_URL: redisUrl } : {}) };
      const name = `app (APP_WORKERS=${variant.workers}${variant.redis ? ', REDIS_URL' : ''})`;
      apps.push({ ...variant, app: await start(env, name) });
    }
    const runs = [];
    for (const name of ['list', 'create']) {
      const scenario = SCENARIOS.find((s) => s.name === name);
      const run = ({ workers, redis, app }, durationSeconds) =>
        runScenario({
          scenario: { ...scenario, name: `${name}-workers-${workers}${redis ? '-redis' : ''}` },
          target: app,
          tenantsFile: ctx.tenantsFile,
          durationSeconds,
          connections: ctx.opts.connections,
          workDir: ctx.workDir,
          monitorClient: ctx.monitorClient,
        });
      // Each alone: loading them at once would split the machine, which is what the second worker is meant to use.
      const warmups = [];
      for (const variant of apps) {
        warmups.push(
          await warmUntilSteady({
            run: (_side, seconds) => run(variant, seconds),
            sides: ['app'],
            roundSeconds: Math.min(5, ctx.opts.durationSeconds),
            tenants,
          }),
        );
      }
      const results = apps.map(() => []);
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const [i, variant] of apps.entries()) results[i].push(await run(variant, ctx.opts.durationSeconds));
      }
      for (const [i, { workers, redis }] of apps.entries()) {
        const rs = results[i];
        runs.push({
          workers,
          redis,
          scenario: name,
          requestsPerSecond: median(rs.map((r) => r.requestsPerSecond)),
          perCpuSecond: median(rs.map((r) => perCpuSecond(r) ?? 0)),
          cpuPercent: median(rs.map((r) => r.targetCpuPercent)),
          postgresCpuPercent: median(rs.map((r) => r.postgresCpuPercent ?? 0)),
          errors: rs.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
          rounds: rs.map((r) => Math.round(r.requestsPerSecond)),
          warmup: warmups[i],
        });
      }
    }
    return { tenants, runs };
  } finally {
    for (const { app } of apps) await stop(app);
  }
}

/** One line per scenario: each worker count's req/s and req per CPU-second, against the raw server's. */
export function formatWorkers(w, rawByScenario = {}) {
  if (w.skipped) return `APP_WORKERS pair @ ${w.tenants} tenants: skipped (${w.skipped})`;
  return ['list', 'create']
    .map((scenario) => {
      const raw = rawByScenario[scenario];
      const cells = w.runs
        .filter((r) => r.scenario === scenario)
        .map((r) => {
          const vsRaw = raw ? ` = ${(r.requestsPerSecond / raw.requestsPerSecond).toFixed(2)}x raw` : '';
          const cpu = r.perCpuSecond;
          const cpuVsRaw = raw && cpu && raw.perCpu ? ` (${(cpu / raw.perCpu).toFixed(2)}x raw)` : '';
          return (
            `${r.workers} worker${r.workers > 1 ? 's' : ''}${r.redis ? '' : ' (no Redis)'}: ` +
            `${Math.round(r.requestsPerSecond)} req/s${vsRaw} (rounds ${r.rounds.join('/')}), ` +
            `CPU ${Math.round(r.cpuPercent)}% + postgres ${Math.round(r.postgresCpuPercent ?? 0)}%, ` +
            `${cpu ? Math.round(cpu) : 'n/a'} req per CPU-s${cpuVsRaw}${r.errors ? `, ${r.errors} errors` : ''}`
          );
        });
      return `APP_WORKERS on ${scenario} @ ${w.tenants} tenants: ${cells.join('; ')}`;
    })
    .join('\n');
}
