import { once } from 'node:events';
import { Redis } from 'ioredis';
import type { TestApp } from './support/app.js';

// This file's app reads these limits at import time (ConfigModule), so they are set before the import.
const LIMITS = {
  RATE_LIMIT_TENANT_PER_MINUTE: '40',
  RATE_LIMIT_AUTH_PER_IP_PER_MINUTE: '12',
  RATE_LIMIT_AUTH_PER_EMAIL_IP_PER_MINUTE: '3',
  RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE: '8',
};
const saved = Object.fromEntries(Object.keys(LIMITS).map((k) => [k, process.env[k]]));
Object.assign(process.env, LIMITS);
const { createTenantSession, createTestApp } = await import('./support/app.js');
const { THROTTLER_REDIS } = await import('../src/platform/throttling/throttling.module.js');
const { adminHeaders, TEST_PASSWORD } = await import('./support/auth.js');

afterAll(() => Object.assign(process.env, saved));

const TOO_MANY = { success: false, error: 'Too many requests; retry later' };

/** A login from `ip` (TRUST_PROXY is on in this file's app, so x-forwarded-for names the client). */
const login = (t: TestApp, tenantId: string, email: string, ip: string, password = 'a wrong password') =>
  t.http
    .post('/api/tenant/auth/login')
    .set('x-tenant-id', tenantId)
    .set('x-forwarded-for', ip)
    .send({ email, password });

describe('Rate limiting', () => {
  let t: TestApp;
  beforeEach(async () => {
    // In memory, so each test starts from zero whatever REDIS_URL says.
    t = await createTestApp((b) => b.overrideProvider(THROTTLER_REDIS).useValue(null), undefined, {
      trustProxy: 'true',
    });
  });
  afterEach(() => t.close());

  it("stops an attacker's guesses on one email from one IP, while the owner still signs in from another", async () => {
    const s = await createTenantSession(t.http, 'Brute email');
    const attacker = '203.0.113.5';
    for (let i = 0; i < 3; i++) await login(t, s.tenant.id, s.admin.email, attacker).expect(401);
    const blocked = await login(t, s.tenant.id, s.admin.email.toUpperCase(), attacker).expect(429);
    expect(blocked.body).toEqual(TOO_MANY);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // The right password does not get through the attacker's block either.
    await login(t, s.tenant.id, s.admin.email, attacker, TEST_PASSWORD).expect(429);
    const owner = await login(t, s.tenant.id, s.admin.email, '198.51.100.7', TEST_PASSWORD).expect(200);
    expect(owner.body.data.user.id).toBe(s.admin.id);
  });

  it('caps guesses on one email across many IPs', async () => {
    const s = await createTenantSession(t.http, 'Brute many IPs'); // its own login: 1 of 8 on this email
    // 7 more from three addresses, none over its own per-IP limit of 3: the email's ceiling of 8 is reached.
    for (const [ip, n] of [
      ['203.0.113.1', 3],
      ['203.0.113.2', 3],
      ['203.0.113.3', 1],
    ] as const) {
      for (let i = 0; i < n; i++) await login(t, s.tenant.id, s.admin.email, ip).expect(401);
    }
    expect((await login(t, s.tenant.id, s.admin.email, '203.0.113.4').expect(429)).body).toEqual(TOO_MANY);
    // The documented cost: while the ceiling holds, the owner waits too (for at most the window).
    await login(t, s.tenant.id, s.admin.email, '198.51.100.7', TEST_PASSWORD).expect(429);
    await login(t, s.tenant.id, 'someone.else@example.com', '198.51.100.7').expect(401);
  });

  it('limits login and refresh attempts per IP across emails', async () => {
    const s = await createTenantSession(t.http, 'Brute ip'); // one login from 127.0.0.1: 1 of 12
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await login(t, s.tenant.id, `guess${i}@example.com`, '127.0.0.1')).status);
    expect(statuses).toEqual(Array(11).fill(401));
    const refresh = await t.http
      .post('/api/tenant/auth/refresh')
      .set('x-tenant-id', s.tenant.id)
      .send({ refresh_token: s.refreshToken })
      .expect(429);
    expect(refresh.body).toEqual(TOO_MANY);
    expect(Number(refresh.headers['retry-after'])).toBeGreaterThan(0);
    await login(t, s.tenant.id, 'another@example.com', '127.0.0.1').expect(429);
    await login(t, s.tenant.id, 'another@example.com', '198.51.100.9').expect(401);
  });

  it('limits each tenant on its own, with 429 and Retry-After', async () => {
    const a = await createTenantSession(t.http, 'Busy tenant'); // signing in does not count
    const b = await createTenantSession(t.http, 'Quiet tenant');
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await t.http.get('/api/tenant/contacts').set(a.headers)).status);
    expect(statuses).toEqual(Array(40).fill(200));
    const blocked = await t.http.get('/api/tenant/contacts').set(a.headers).expect(429);
    expect(blocked.body).toEqual(TOO_MANY);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    await t.http.get('/api/tenant/contacts').set(b.headers).expect(200);
    // Kubernetes probes are never limited.
    await t.http.get('/health/ready').expect(200);
  });

  describe("does not let anyone without the tenant's credentials spend its quota", () => {
    it('with tenant routes and no token', async () => {
      const victim = await createTenantSession(t.http, 'Victim tenant');
      for (let i = 0; i < 60; i++) {
        await t.http.get('/api/tenant/contacts').set('x-tenant-id', victim.tenant.id).expect(401);
      }
      await t.http.get('/api/tenant/contacts').set(victim.headers).expect(200);
    });

    it("with /api/tenants and no key, carrying the tenant's id", async () => {
      const victim = await createTenantSession(t.http, 'Victim of operators route');
      const statuses: number[] = [];
      for (let i = 0; i < 45; i++) {
        statuses.push((await t.http.get('/api/tenants').set('x-tenant-id', victim.tenant.id)).status);
      }
      expect(statuses).toEqual(Array(45).fill(401));
      await t.http.get('/api/tenant/contacts').set(victim.headers).expect(200);
      await t.http.get('/api/tenants').set(adminHeaders).expect(200);
    });

    it('with empty refreshes from many IPs', async () => {
      const victim = await createTenantSession(t.http, 'Victim of refresh spam');
      const sends = Array.from({ length: 60 }, (_, i) =>
        t.http
          .post('/api/tenant/auth/refresh')
          .set('x-tenant-id', victim.tenant.id)
          .set('x-forwarded-for', `192.0.2.${i % 30}`)
          .set('content-type', 'application/json')
          .send('{}'),
      );
      const statuses = (await Promise.all(sends)).map((res) => res.status);
      expect(statuses).toEqual(Array(60).fill(400));
      const res = await t.http.get('/api/tenant/contacts').set(victim.headers).expect(200);
      expect(res.body.success).toBe(true);
    });
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
          b.overrideProvider(THROTTLER_REDIS).useFactory({
            // Connected before the app serves: until then a replica counts in memory.
            factory: async () => {
              const redis = new Redis(redisUrl);
              await once(redis, 'ready');
              return redis;
            },
          })
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
