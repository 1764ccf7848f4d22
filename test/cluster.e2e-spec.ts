import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import request from 'supertest';
import { createTenantSession, type TenantSession, withDatabase } from './support/app.js';
import { scrape } from './support/metrics.js';
import { freePort, outputTail, runNode, startServer } from './support/processes.js';
import { startRedis } from './support/redis.js';
import { eventually } from './support/wait.js';

const POOL_MAX = 10;
const TENANT_LIMIT = 12;

/** One request on a connection of its own, so that the primary hands each to the next worker in turn. */
function fresh(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { agent: false, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The processes the primary forked (Linux: the kernel lists a task's children). */
function workersOf(primary: ChildProcess): number[] {
  const text = readFileSync(`/proc/${primary.pid}/task/${primary.pid}/children`, 'utf8').trim();
  return text ? text.split(/\s+/).map(Number) : [];
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('APP_WORKERS=2: one port served by two worker processes (node:cluster)', () => {
  let redis: ChildProcess;
  let primary: ChildProcess;
  let base: string;
  let metricsPort: number;
  let session: TenantSession;

  beforeAll(async () => {
    const redisPort = await freePort();
    redis = await startRedis(redisPort);
    metricsPort = await freePort();
    ({ base, child: primary } = await startServer('dist/main.js', {
      APP_WORKERS: '2',
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      METRICS_PORT: String(metricsPort),
      DATABASE_POOL_MAX: String(POOL_MAX),
      RATE_LIMIT_TENANT_PER_MINUTE: String(TENANT_LIMIT),
      LOG_LEVEL: 'warn',
      PASSWORD_HASH_MEMORY_KIB: '1024',
      PASSWORD_HASH_TIME_COST: '1',
    }));
    // Readiness answers once one worker listens: wait for both.
    await eventually(() => (workersOf(primary).length === 2 ? true : undefined), 30_000, 'two workers');
    session = await createTenantSession(request(base), 'Cluster');
  }, 120_000);

  afterAll(async () => {
    if (primary && primary.exitCode === null) primary.kill('SIGKILL');
    redis?.kill('SIGKILL');
  });

  it('runs two workers, each a replica with its own change channel connection', async () => {
    const workers = workersOf(primary);
    expect(workers).toHaveLength(2);
    const listening = await eventually(
      () =>
        withDatabase(async (db) => {
          const { rows } = await db.query<{ application_name: string }>(
            'SELECT application_name FROM pg_stat_activity WHERE application_name = ANY($1)',
            [workers.map((pid) => `mtb-changes-${pid}`)],
          );
          return rows.length === 2 ? rows : undefined;
        }),
      10_000,
      'both workers listening on the change channel',
    );
    expect(listening).toHaveLength(2);
  });

  it('counts the tenant rate limit across the workers (Redis): the request past the limit is a 429', async () => {
    // Each request on a new connection: the workers take them in turn, so each sees about half.
    const statuses: number[] = [];
    for (let i = 0; i < TENANT_LIMIT + 1; i++)
      statuses.push((await fresh(base, '/api/tenant', session.headers)).status);
    expect(statuses.slice(0, TENANT_LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses[TENANT_LIMIT]).toBe(429);
    const refused = await fresh(base, '/api/tenant', session.headers);
    expect(refused).toEqual({ status: 429, body: { success: false, error: expect.any(String) } });
  });

  it('serves METRICS_PORT from the primary with the workers summed (parsed by a Prometheus parser)', async () => {
    const before = (await scrape(metricsPort)).value('http_requests_total', { route: '/health/live' });
    for (let i = 0; i < 6; i++) expect((await fresh(base, '/health/live')).status).toBe(200);
    const scraped = await scrape(metricsPort);
    // A worker alone would have served about three of the six.
    expect(scraped.value('http_requests_total', { route: '/health/live' }) - before).toBe(6);
    // The pool is split: 5 connections per worker, 10 in all.
    expect(scraped.value('db_pool_connections', { state: 'max' })).toBe(POOL_MAX);
    // Counts read from the database are the same in each worker: not doubled.
    const active = await withDatabase(async (db) => {
      const { rows } = await db.query<{ n: string }>(
        "SELECT count(*) AS n FROM public.tenants WHERE status = 'active'",
      );
      return Number(rows[0].n);
    });
    await eventually(
      async () => ((await scrape(metricsPort)).value('tenants', { status: 'active' }) === active ? true : undefined),
      20_000,
      'the tenants gauge to match the database',
    );
  });

  it('replaces a worker that dies, and keeps serving', async () => {
    const [victim, survivor] = workersOf(primary);
    process.kill(victim, 'SIGKILL');
    const replaced = await eventually(
      () => {
        const now = workersOf(primary);
        return now.length === 2 && !now.includes(victim) ? now : undefined;
      },
      30_000,
      'a replacement worker',
    );
    expect(replaced).toContain(survivor);
    // The primary logs before it forks, but its output reaches this process through a pipe, maybe after the fork.
    await eventually(
      () => (/exited with signal SIGKILL: starting another/.test(outputTail(primary)) ? true : undefined),
      5_000,
      "the primary's line about the replacement",
    );
    await eventually(
      async () => ((await fresh(base, '/health/ready')).status === 200 ? true : undefined),
      10_000,
      'ready',
    );
    for (let i = 0; i < 4; i++) expect((await fresh(base, '/health/live')).status).toBe(200);
  });

  it('on SIGTERM stops both workers and exits 0', async () => {
    const workers = workersOf(primary);
    primary.kill('SIGTERM');
    const [code] = await once(primary, 'exit');
    expect(code).toBe(0);
    expect(workers.filter(alive)).toEqual([]);
  });
});

describe('APP_WORKERS: refusals', () => {
  const redis = 'redis://127.0.0.1:1';
  it.each([
    [
      'APP_WORKERS > 1 without REDIS_URL (each worker would allow the whole rate limit)',
      { APP_WORKERS: '2', REDIS_URL: '' },
      ['Invalid configuration: APP_WORKERS=2 needs REDIS_URL'],
    ],
    [
      'more workers than pool connections',
      { APP_WORKERS: '4', REDIS_URL: redis, DATABASE_POOL_MAX: '3' },
      ['APP_WORKERS (4) must not exceed DATABASE_POOL_MAX (3)'],
    ],
    [
      "a pool setting that does not fit a worker's share, naming the share",
      { APP_WORKERS: '2', REDIS_URL: redis, DATABASE_POOL_MAX: '10', DATABASE_POOL_MAX_PER_TENANT: '8' },
      [
        'DATABASE_POOL_MAX_PER_TENANT (8) must not exceed DATABASE_POOL_MAX (5)',
        "each worker's DATABASE_POOL_MAX is 5",
      ],
    ],
  ])('refuses %s: exit 1 with one line', async (_name, env, messages) => {
    const result = await runNode('dist/main.js', { ...env, PORT: '0' });
    expect(result.code).toBe(1);
    for (const message of messages) expect(result.stderr).toContain(message);
  });

  it('exits 1 when a worker fails before it is ready (the port is taken)', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', () => resolve()));
    const port = (taken.address() as { port: number }).port;
    try {
      const result = await runNode('dist/main.js', {
        APP_WORKERS: '2',
        REDIS_URL: 'redis://127.0.0.1:1',
        PORT: String(port),
        METRICS: 'off',
        LOG_LEVEL: 'warn',
      });
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).toMatch(/exited with code 1 before it was ready: stopping/);
    } finally {
      taken.close();
    }
  });
});
