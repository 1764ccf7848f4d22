import { randomUUID } from 'node:crypto';
import type { TenantSession, TestApp } from './support/app.js';
import { gql } from './support/graphql.js';
import { scrape, type Scraped } from './support/metrics.js';

// Read at import time by this file's app (ConfigModule): a third login for one email from one IP gets a 429.
const LIMITS = { RATE_LIMIT_AUTH_PER_EMAIL_IP_PER_MINUTE: '2', METRICS: 'on' };
const saved = Object.fromEntries(Object.keys(LIMITS).map((k) => [k, process.env[k]]));
Object.assign(process.env, LIMITS);
const { createTenantSession, createTestApp, withDatabase } = await import('./support/app.js');
const { MetricsServer } = await import('../src/platform/observability/metrics/metrics.server.js');
const { JobQueue } = await import('../src/platform/jobs/job-queue.js');
afterAll(() => Object.assign(process.env, saved));

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 12_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('Prometheus metrics (METRICS_PORT)', () => {
  let t: TestApp;
  let s: TenantSession;
  let port: number;
  const metrics = () => scrape(port);

  beforeAll(async () => {
    t = await createTestApp();
    port = t.app.get(MetricsServer).port!;
    s = await createTenantSession(t.http, 'Metrics');
  });
  afterAll(async () => {
    await withDatabase((c) => c.query(`DELETE FROM public.jobs WHERE name LIKE 'metrics.%'`));
    await t.close();
  });

  it('shows the job queue depth by state, as the jobs table has it', async () => {
    const queue = t.app.get(JobQueue);
    // Due tomorrow: they stay queued while the test looks.
    const runAt = new Date(Date.now() + 86_400_000);
    for (let i = 0; i < 3; i++) await queue.enqueueNow({ name: 'metrics.later', options: { runAt } });
    const inTable = async () =>
      withDatabase(async (c) =>
        Number((await c.query(`SELECT count(*) FROM public.jobs WHERE state = 'queued'`)).rows[0].count),
      );
    const expected = await inTable();
    expect(expected).toBeGreaterThanOrEqual(3);
    const scraped = await until(metrics, (m) => m.value('jobs_queue_depth', { state: 'queued' }) === expected);
    expect(scraped.value('jobs_queue_depth', { state: 'queued' })).toBe(expected);
  });

  it('counts a failed job as dead by job type once its attempts are spent', async () => {
    const before = (await metrics()).value('jobs_attempts_total', { job: 'metrics.nobody', outcome: 'dead' });
    // No handler is registered for this name: its one attempt fails.
    await t.app.get(JobQueue).enqueueNow({ name: 'metrics.nobody', options: { maxAttempts: 1 } });
    const after = await until(
      metrics,
      (m) => m.value('jobs_attempts_total', { job: 'metrics.nobody', outcome: 'dead' }) > before,
    );
    expect(after.value('jobs_attempts_total', { job: 'metrics.nobody', outcome: 'dead' })).toBe(before + 1);
  });

  it('counts requests by method, route template and status class, exactly', async () => {
    const key = (m: Scraped, route: string, status_class: string, method = 'GET') =>
      m.value('http_requests_total', { method, route, status_class });
    const before = await metrics();
    const lists = 7;
    const missing = 4;
    const unmatched = 2;
    for (let i = 0; i < lists; i++) await t.http.get('/api/tenant/contacts?limit=5').set(s.headers).expect(200);
    for (let i = 0; i < missing; i++)
      await t.http.get(`/api/tenant/contacts/${randomUUID()}`).set(s.headers).expect(404);
    for (let i = 0; i < unmatched; i++) await t.http.get(`/api/nowhere/${randomUUID()}`).expect(404);
    const login = () =>
      t.http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', s.tenant.id)
        .send({ email: 'stranger@example.com', password: 'wrong password' });
    await login().expect(401);
    await login().expect(401);
    await login().expect(429);
    const after = await metrics();
    expect(key(after, '/api/tenant/contacts', '2xx') - key(before, '/api/tenant/contacts', '2xx')).toBe(lists);
    expect(key(after, '/api/tenant/contacts/:id', '4xx') - key(before, '/api/tenant/contacts/:id', '4xx')).toBe(
      missing,
    );
    expect(key(after, 'unmatched', '4xx') - key(before, 'unmatched', '4xx')).toBe(unmatched);
    expect(
      key(after, '/api/tenant/auth/login', '4xx', 'POST') - key(before, '/api/tenant/auth/login', '4xx', 'POST'),
    ).toBe(3);
    const rejected = (m: Scraped) => m.value('rate_limit_rejections_total', { limit: 'auth-email-ip' });
    expect(rejected(after) - rejected(before)).toBe(1);
    // Every tenant request above resolved its tenant through the cache (hits or misses, never neither).
    const lookups = (m: Scraped) =>
      m.value('tenant_cache_requests_total', { result: 'hit' }) +
      m.value('tenant_cache_requests_total', { result: 'miss' });
    expect(lookups(after) - lookups(before)).toBeGreaterThanOrEqual(lists + missing + 3);
    expect(after.value('tenant_cache_requests_total', { result: 'hit' })).toBeGreaterThan(0);
    expect(after.value('db_pool_acquire_seconds')).toBeGreaterThan(before.value('db_pool_acquire_seconds'));
    expect(after.family('http_request_duration_seconds')?.type).toBe('HISTOGRAM');
    // The scrape happens while no request is in flight (this test waits for each answer).
    expect(after.value('http_requests_in_flight')).toBe(0);
  });

  it('counts database errors by kind', async () => {
    const kind = (m: Scraped) => m.value('db_errors_total', { kind: 'unique_violation' });
    const before = await metrics();
    const user = { email: `twice-${Date.now()}@example.com`, password: 'a long enough secret' };
    await t.http.post('/api/tenant/users').set(s.headers).send(user).expect(201);
    await t.http.post('/api/tenant/users').set(s.headers).send(user).expect(409);
    expect(kind(await metrics()) - kind(before)).toBe(1);
  });

  it('counts the database errors of GraphQL operations too, and not the errors that are not the database', async () => {
    const kind = (m: Scraped) => m.value('db_errors_total', { kind: 'unique_violation' });
    const before = await metrics();
    const email = `gql-twice-${Date.now()}@example.com`;
    const create = `mutation { createUser(input: {email: "${email}", password: "a long enough secret"}) { id } }`;
    await gql(t.http, s.headers, create).expect(200);
    const again = await gql(t.http, s.headers, create).expect(200);
    expect(again.body.errors[0].extensions).toEqual({ code: 'CONFLICT' });
    const missing = await gql(t.http, s.headers, `{ contact(id: "${randomUUID()}") { id } }`).expect(200);
    expect(missing.body.errors[0].extensions).toEqual({ code: 'NOT_FOUND' });
    const after = await metrics();
    expect(kind(after) - kind(before)).toBe(1);
    expect(after.value('db_errors_total', { kind: 'other' })).toBe(before.value('db_errors_total', { kind: 'other' }));
  });

  it('shows the pool, tenants by status and the process metrics', async () => {
    const m = await metrics();
    expect(m.value('db_pool_connections', { state: 'max' })).toBeGreaterThan(0);
    expect(m.value('db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    expect(m.family('db_pool_waiting_clients')).toBeDefined();
    const active = await withDatabase(async (c) =>
      Number((await c.query(`SELECT count(*) FROM public.tenants WHERE status = 'active'`)).rows[0].count),
    );
    // Counted at most every 15 s: at least the tenants that existed then, at most those that exist now.
    expect(m.value('tenants', { status: 'active' })).toBeGreaterThan(0);
    expect(m.value('tenants', { status: 'active' })).toBeLessThanOrEqual(active);
    for (const name of [
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_heap_size_used_bytes',
      'nodejs_eventloop_lag_seconds',
      'nodejs_gc_duration_seconds',
    ]) {
      expect(m.family(name)).toBeDefined();
    }
  });

  it('never labels a series with a tenant id (or any other id)', async () => {
    const values = (await metrics()).labelValues();
    expect(values.length).toBeGreaterThan(20);
    expect(values.filter((v) => UUID.test(v))).toEqual([]);
    expect(values).not.toContain(s.tenant.id);
  });

  it('is not served on the public port, and is not rate limited', async () => {
    await t.http.get('/metrics').expect(404);
    const answers = await Promise.all(Array.from({ length: 30 }, () => fetch(`http://127.0.0.1:${port}/metrics`)));
    expect(answers.map((r) => r.status)).toEqual(Array(30).fill(200));
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
  });
});
