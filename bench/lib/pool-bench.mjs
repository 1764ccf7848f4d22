// Provisioning with the pending-tenant pool on (TENANT_POOL_SIZE, docs/tenant-pool.md): a second app instance
// with the pool filled ahead of time; sign-ups one at a time, as the pool-off provisioning measurement does.
import { freePort, startNode, stopChild, waitForStatus } from './children.mjs';
import { withClient } from './database.mjs';
import { percentile, round, sleep } from './util.mjs';

const pendingCount = (databaseUrl) =>
  withClient(databaseUrl, async (c) => {
    const { rows } = await c.query("SELECT count(*)::int AS n FROM public.tenants WHERE status = 'pending'");
    return rows[0].n;
  });

/** Polls until the pool holds `size` pending tenants (bounded by `timeoutMs`); returns how long it took. */
async function waitForPool(databaseUrl, size, timeoutMs) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if ((await pendingCount(databaseUrl)) >= size) return performance.now() - started;
    await sleep(100);
  }
  throw new Error(`the pool did not reach ${size} pending tenants within ${timeoutMs} ms`);
}

export async function measurePoolProvisioning({ script, env, databaseUrl, apiKey, workDir, count }) {
  const port = await freePort();
  const appEnv = { ...env, PORT: String(port), TENANT_POOL_SIZE: String(count), JOBS_POLL_INTERVAL_MS: '100' };
  const handle = startNode('app (pool on)', script, [], appEnv, workDir);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForStatus(handle, `${url}/health/ready`, 200, 60_000);
    const fillMs = await waitForPool(databaseUrl, count, 120_000 + count * 2_000);
    const latencies = [];
    let fromPool = 0;
    const runId = Date.now().toString(36);
    for (let i = 0; i < count; i++) {
      const domain = `pool${i}-${runId}.bench.example.com`;
      const started = performance.now();
      const res = await fetch(`${url}/api/tenants`, {
        method: 'POST',
        headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: `Pool ${i}`,
          domain,
          admin: { email: `a@${domain}`, password: 'bench password 123' },
        }),
      });
      latencies.push(performance.now() - started);
      if (res.status !== 201) throw new Error(`POST /api/tenants answered ${res.status}: ${await res.text()}`);
      fromPool += 1;
    }
    return {
      tenants: count,
      fillSeconds: round(fillMs / 1000, 1),
      p50Ms: round(percentile(latencies, 50), 1),
      p99Ms: round(percentile(latencies, 99), 1),
      maxMs: round(Math.max(...latencies), 1),
      created: fromPool,
    };
  } finally {
    await stopChild(handle);
  }
}

export function formatPoolProvisioning(p) {
  if (!p) return 'provisioning with the pool: not run';
  if (p.error) return `provisioning with the pool: failed (${p.error})`;
  return (
    `provisioning with the pool (TENANT_POOL_SIZE=${p.tenants}, filled in ${p.fillSeconds} s): ${p.tenants} sign-ups ` +
    `one at a time, p50 ${p.p50Ms} ms, p99 ${p.p99Ms} ms, max ${p.maxMs} ms (target p50 < 10 ms)`
  );
}
