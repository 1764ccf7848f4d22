import { performance } from 'node:perf_hooks';
import { createTenantSession, createTestApp, type TenantSession, type TestApp } from './support/app.js';
import { adminHeaders } from './support/auth.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
/** A body whose `z` field nests arrays `depth` levels deep (one more level for the outer object). */
const deepBody = (fields: string, depth: number) => `{${fields},"z":${nested(depth)}}`;
const TOO_DEEP = { success: false, error: 'Request body is nested more than 32 levels deep' };

describe('Deeply nested JSON bodies', () => {
  let t: TestApp;
  let s: TenantSession;
  beforeAll(async () => {
    t = await createTestApp();
    s = await createTenantSession(t.http, 'Hostile bodies');
  });
  afterAll(() => t.close());

  const post = (url: string, body: string, headers: Record<string, string>) =>
    t.http.post(url).set(headers).set('content-type', 'application/json').send(body);

  it('refuses 450,000 levels on /api/tenants with a fast 400', async () => {
    const body = deepBody('"name":"Deep","domain":"deep.example.com"', 450_000);
    const started = performance.now();
    const res = await post('/api/tenants', body, adminHeaders).expect(400);
    expect(res.body).toEqual(TOO_DEEP);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['/api/tenants', 'tenants'],
    ['/api/tenant/auth/refresh', 'refresh'],
    ['/api/tenant/contacts', 'contacts'],
  ])('refuses 5,000 levels on %s with 400', async (url, kind) => {
    const headers = kind === 'tenants' ? adminHeaders : s.headers;
    const fields =
      kind === 'contacts' ? '"first_name":"Ann"' : kind === 'refresh' ? '"refresh_token":"x"' : '"name":"a"';
    const res = await post(url, deepBody(fields, 5_000), headers).expect(400);
    expect(res.body).toEqual(TOO_DEEP);
  });

  it('accepts 32 levels and leaves the rest to validation', async () => {
    const res = await post('/api/tenant/contacts', deepBody('"first_name":"Ann"', 31), s.headers).expect(400);
    expect(res.body).toEqual({ success: false, error: 'property z should not exist' });
  });

  it('keeps /health/live responsive while deep bodies arrive from several clients', async () => {
    const body = deepBody('"name":"Deep","domain":"deep.example.com"', 450_000);
    const senders = Array.from({ length: 3 }, async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await post('/api/tenants', body, adminHeaders)).status);
      return statuses;
    });
    const probes: number[] = [];
    const probing = (async () => {
      for (let i = 0; i < 10; i++) {
        const started = performance.now();
        await t.http.get('/health/live').expect(200);
        probes.push(performance.now() - started);
      }
    })();
    const [statuses] = await Promise.all([Promise.all(senders), probing]);
    expect(statuses.flat()).toEqual(Array(18).fill(400));
    expect(Math.max(...probes)).toBeLessThan(1000);
  });
});
