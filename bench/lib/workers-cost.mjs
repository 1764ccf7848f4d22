// APP_WORKERS (docs/workers.md): list and create against fresh apps with one worker process (rate limits in memory,
// as the app under test, then in Redis) and with two (more than one worker requires Redis, so the second and third
// differ in the process count alone; the first two give what counting in Redis costs), each warmed until steady, run one after the other with all the connections (the point is
// what a second process adds when it has the machine to itself). Reported per second and per CPU-second of the
// whole process tree (primary and workers), next to the raw server's run at the same count.
import { Socket } from 'node:net';
import { warmUntilSteady } from './paired-cost.mjs';
import { runScenario, SCENARIOS } from './scenarios.mjs';

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

/** Resolves `{ tenants, runs: [{ workers, scenario, requestsPerSecond, cpuPercent, ... }] }` or `{ skipped }`. */
export async function measureWorkers({ ctx, tenants, start, stop }) {
  const redisUrl = await localRedisUrl();
  if (!redisUrl) return { tenants, skipped: 'no Redis on 127.0.0.1 (REDIS_URL or :6379); APP_WORKERS > 1 needs one' };
  const runs = [];
  for (const { workers, redis } of VARIANTS) {
    const env = { APP_WORKERS: String(workers), ...(redis ? { REDIS_URL: redisUrl } : {}) };
    const app = await start(env, `app (APP_WORKERS=${workers}${redis ? ', REDIS_URL' : ''})`);
    try {
      for (const name of ['list', 'create']) {
        const scenario = SCENARIOS.find((s) => s.name === name);
        const run = (durationSeconds) =>
          runScenario({
            scenario: { ...scenario, name: `${name}-workers-${workers}${redis ? '-redis' : ''}` },
            target: app,
            tenantsFile: ctx.tenantsFile,
            durationSeconds,
            connections: ctx.opts.connections,
            workDir: ctx.workDir,
            monitorClient: ctx.monitorClient,
          });
        const warmup = await warmUntilSteady({
          run: (_side, seconds) => run(seconds),
          sides: ['app'],
          roundSeconds: Math.min(5, ctx.opts.durationSeconds),
          tenants,
        });
        const result = await run(ctx.opts.durationSeconds);
        runs.push({
          workers,
          redis,
          scenario: name,
          requestsPerSecond: result.requestsPerSecond,
          errors: result.non2xx + result.errors,
          p99Ms: result.p99Ms,
          cpuPercent: result.targetCpuPercent,
          postgresCpuPercent: result.postgresCpuPercent,
          warmup,
        });
      }
    } finally {
      await stop(app);
    }
  }
  return { tenants, runs };
}

const perCpu = (r) => (r.cpuPercent > 0 ? r.requestsPerSecond / (r.cpuPercent / 100) : null);

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
          const cpu = perCpu(r);
          const cpuVsRaw = raw && cpu && raw.perCpu ? ` (${(cpu / raw.perCpu).toFixed(2)}x raw)` : '';
          return (
            `${r.workers} worker${r.workers > 1 ? 's' : ''}${r.redis ? '' : ' (no Redis)'}: ` +
            `${Math.round(r.requestsPerSecond)} req/s${vsRaw}, ` +
            `CPU ${Math.round(r.cpuPercent)}% + postgres ${Math.round(r.postgresCpuPercent ?? 0)}%, ` +
            `${cpu ? Math.round(cpu) : 'n/a'} req per CPU-s${cpuVsRaw}${r.errors ? `, ${r.errors} errors` : ''}`
          );
        });
      return `APP_WORKERS on ${scenario} @ ${w.tenants} tenants: ${cells.join('; ')}`;
    })
    .join('\n');
}
