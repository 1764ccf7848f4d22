import { Redis } from 'ioredis';
import type { TestApp } from './support/app.js';

// This file's app reads these limits at import time (ConfigModule), so they are set before the import.
const LIMITS = {
  RATE_LIMIT_TENANT_PER_MINUTE: '40',
  RATE_LIMIT_AUTH_PER_IP_PER_MINUTE: '12',
  RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE: '3',
};
const saved = Object.fromEntries(Object.keys(LIMITS).map((k) => [k, process.env[k]]));
Object.assign(process.env, LIMITS);
const { createTenantSession, createTestApp } = await import('./support/app.js');
const { THROTTLER_REDIS } = await import('../src/platform/throttling/throttling.module.js');
const { TEST_PASSWORD } = await import('./support/auth.js');

afterAll(() => Object.assign(process.env, saved));

const login = (t: TestApp, tenantId: string, email: string, password = 'a wrong password') =>
  t.http.post('/api/tenant/auth/login').set('x-tenant-id', tenantId).send({ email, password });

describe('Rate limiting', () => {
  let t: TestApp;
  beforeEach(async () => {
    // In memory, so each test starts from zero whatever REDIS_URL says.
    t = await createTestApp((b) => b.overrideProvider(THROTTLER_REDIS).useValue(null));
  });
  afterEach(() => t.close());

  it('stops login brute force on one email with 429 and Retry-After, while other emails still work', async () => {
    const s = await createTenantSession(t.http, 'Brute email');
    for (let i = 0; i < 3; i++) await login(t, s.tenant.id, 'victim@example.com').expect(401);
    const blocked = await login(t, s.tenant.id, 'victim@example.com').expect(429);
    expect(blocked.body).toEqual({ success: false, error: 'Too many requests; retry later' });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // The right password does not get through the block either.
    await login(t, s.tenant.id, 'VICTIM@example.com', TEST_PASSWORD).expect(429);
    await login(t, s.tenant.id, s.admin.email, TEST_PASSWORD).expect(200);
  });

  it('limits login and refresh attempts per IP across emails', async () => {
    const s = await createTenantSession(t.http, 'Brute ip'); // one login: 1 of 12
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await login(t, s.tenant.id, `guess${i}@example.com`)).status);
    expect(statuses).toEqual(Array(11).fill(401));
    const refresh = await t.http
      .post('/api/tenant/auth/refresh')
      .set('x-tenant-id', s.tenant.id)
      .send({ refresh_token: s.refreshToken })
      .expect(429);
    expect(Number(refresh.headers['retry-after'])).toBeGreaterThan(0);
    await login(t, s.tenant.id, 'another@example.com').expect(429);
  });

  it('limits each tenant on its own, with 429 and Retry-After', async () => {
    const a = await createTenantSession(t.http, 'Busy tenant'); // its login counts: 1 of 40
    const b = await createTenantSession(t.http, 'Quiet tenant');
    const statuses: number[] = [];
    for (let i = 0; i < 39; i++) statuses.push((await t.http.get('/api/tenant/contacts').set(a.headers)).status);
    expect(statuses).toEqual(Array(39).fill(200));
    const blocked = await t.http.get('/api/tenant/contacts').set(a.headers).expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    await t.http.get('/api/tenant/contacts').set(b.headers).expect(200);
    // Kubernetes probes are never limited.
    await t.http.get('/health/ready').expect(200);
  });

  it("does not let unauthenticated requests spend a tenant's quota", async () => {
    const victim = await createTenantSession(t.http, 'Victim tenant'); // its login counts: 1 of 40
    for (let i = 0; i < 60; i++) {
      await t.http.get('/api/tenant/contacts').set('x-tenant-id', victim.tenant.id).expect(401);
    }
    await t.http.get('/api/tenant/contacts').set(victim.headers).expect(200);
  });
});

// With REDIS_URL (set on the project's machines and in CI), two replicas count in one store; without it, each
// replica counts alone in memory. Either way this runs: it asserts the behaviour of the configured store.
describe(`Rate limits across two replicas (${process.env.REDIS_URL ? 'shared Redis store' : 'in-memory store'})`, () => {
  const redisUrl = process.env.REDIS_URL;
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    const withStore = redisUrl
      ? (b: Parameters<NonNullable<Parameters<typeof createTestApp>[0]>>[0]) =>
          b.overrideProvider(THROTTLER_REDIS).useFactory({ factory: () => new Redis(redisUrl) })
      : undefined;
    one = await createTestApp(withStore);
    two = await createTestApp(withStore);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it(redisUrl ? 'counts requests to both replicas against one limit' : 'counts each replica alone', async () => {
    // Signed in through a third, in-memory app, so the replicas' counters start at zero.
    const setup = await createTestApp((b) => b.overrideProvider(THROTTLER_REDIS).useValue(null));
    const s = await createTenantSession(setup.http, 'Replicas');
    await setup.close();
    for (let i = 0; i < 20; i++) await one.http.get('/api/tenant/contacts').set(s.headers).expect(200);
    for (let i = 0; i < 20; i++) await two.http.get('/api/tenant/contacts').set(s.headers).expect(200);
    if (redisUrl) {
      await two.http.get('/api/tenant/contacts').set(s.headers).expect(429);
      await one.http.get('/api/tenant/contacts').set(s.headers).expect(429);
    } else {
      await one.http.get('/api/tenant/contacts').set(s.headers).expect(200);
      await two.http.get('/api/tenant/contacts').set(s.headers).expect(200);
    }
  });
});
