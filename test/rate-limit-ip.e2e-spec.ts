import { randomUUID } from 'node:crypto';

// A low per-IP limit for this file's app only (ConfigModule reads it at import time), counted in memory.
const saved = process.env.RATE_LIMIT_IP_PER_MINUTE;
process.env.RATE_LIMIT_IP_PER_MINUTE = '45';
const { createTestApp } = await import('./support/app.js');
const { THROTTLER_REDIS } = await import('../src/platform/throttling/throttling.module.js');

afterAll(() => {
  process.env.RATE_LIMIT_IP_PER_MINUTE = saved;
});

describe('Rate limiting per client IP', () => {
  it('limits every client IP across all /api routes, before authentication and the body, with 429 and Retry-After', async () => {
    const t = await createTestApp((b) => b.overrideProvider(THROTTLER_REDIS).useValue(null));
    try {
      // Unknown tenants and no tokens: each of these would otherwise cost a database lookup.
      const statuses: number[] = [];
      for (let i = 0; i < 45; i++) {
        statuses.push((await t.http.get('/api/tenant').set('x-tenant-id', randomUUID())).status);
      }
      expect(statuses).toEqual(Array(45).fill(404));
      const blocked = await t.http.get('/api/tenant').set('x-tenant-id', randomUUID()).expect(429);
      expect(blocked.body).toEqual({ success: false, error: 'Too many requests; retry later' });
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      // Counted before the body is read: a broken body is refused by the limit, not by the JSON parser.
      const broken = await t.http
        .post('/api/tenants')
        .set('content-type', 'application/json')
        .send('{"name": ')
        .expect(429);
      expect(broken.body).toEqual({ success: false, error: 'Too many requests; retry later' });
      await t.http.get('/health/ready').expect(200);
    } finally {
      await t.close();
    }
  });
});
