import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { TestApp } from './support/app.js';
import { freePort } from './support/processes.js';
import { captureOutput } from './support/output.js';
import { startRedis } from './support/redis.js';

const port = await freePort();
// This file's app reads these at import time (ConfigModule), so they are set before the import.
const SETTINGS = { REDIS_URL: `redis://127.0.0.1:${port}`, RATE_LIMIT_IP_PER_MINUTE: '60' };
const saved = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, process.env[k]]));
Object.assign(process.env, SETTINGS);
const { createTenantSession, createTestApp } = await import('./support/app.js');

describe('A Redis outage', () => {
  let redis: ChildProcess;
  let t: TestApp;
  let output: ReturnType<typeof captureOutput>;

  beforeAll(async () => {
    redis = await startRedis(port);
    output = captureOutput();
    t = await createTestApp(undefined, ['error', 'warn', 'log']);
  });
  afterAll(async () => {
    output.restore();
    redis.kill('SIGKILL');
    await t?.close();
    Object.assign(process.env, saved);
  });

  const ready = () => t.http.get('/health/ready').expect(200);
  const untilReady = async (accept: (detail: Record<string, unknown>) => boolean) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const detail = (await ready()).body.details.rate_limit;
      if (accept(detail)) return detail;
      if (Date.now() > deadline) throw new Error(`rate_limit never matched: ${JSON.stringify(detail)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('degrades rate limiting to per-replica memory, logged once and shown by readiness, then recovers', async () => {
    expect(await untilReady((d) => d.store === 'redis')).toEqual({ status: 'up', store: 'redis' });
    const s = await createTenantSession(t.http, 'Redis outage');
    await t.http.get('/api/tenant/contacts').set(s.headers).expect(200);

    redis.kill('SIGKILL');
    await once(redis, 'exit');
    await output.waitFor(/ERROR: \[RateLimit\] Redis is unreachable .*counted per replica, in memory/);

    // The API keeps serving, and readiness stays 200 with the degradation in its details.
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) statuses.push((await t.http.get('/api/tenant/contacts').set(s.headers)).status);
    // Counted in this replica's memory from the outage on: the per-IP limit of 60 still holds.
    expect(statuses.slice(0, 60)).toEqual(Array(60).fill(200));
    expect(statuses.slice(60)).toEqual(Array(10).fill(429));
    expect((await ready()).body.details.rate_limit).toEqual({
      status: 'up',
      store: 'memory',
      degraded: true,
      message: 'Redis is unreachable; counting per replica',
    });
    // ioredis kept trying to reconnect meanwhile: still one line for the whole outage.
    expect(output.lines().filter((line) => /Redis is unreachable/.test(line))).toHaveLength(1);
    expect(output.lines().filter((line) => /WARN|ERROR/.test(line) && /Redis|Rate limit/i.test(line))).toHaveLength(1);

    redis = await startRedis(port);
    await output.waitFor(/\[RateLimit\] Redis is back after [\d.]+ s: rate limits are shared by all replicas again/);
    expect(await untilReady((d) => d.store === 'redis')).toEqual({ status: 'up', store: 'redis' });
    // Back in Redis, where this IP's count started before the outage: far below the limit.
    await t.http.get('/api/tenant/contacts').set(s.headers).expect(200);
  });
});
