import { randomUUID } from 'node:crypto';
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

describe('Body limits and checks before the body is read', () => {
  let t: TestApp;
  let s: TenantSession;
  beforeAll(async () => {
    t = await createTestApp();
    s = await createTenantSession(t.http, 'Body limits');
  });
  afterAll(() => t.close());

  const post = (url: string, body: string, headers: Record<string, string>) =>
    t.http.post(url).set(headers).set('content-type', 'application/json').send(body);
  const padded = (fields: string, bytes: number) => `{${fields},"pad":"${'x'.repeat(bytes)}"}`;

  it.each([
    ['/api/tenant/auth/login', '"email":"a@example.com","password":"x"'],
    ['/api/tenant/auth/refresh', '"refresh_token":"x"'],
    ['/api/tenant/contacts', '"first_name":"Ann"'],
  ])('limits %s to 64 KB (413)', async (url, fields) => {
    const res = await post(url, padded(fields, 64 * 1024), s.headers).expect(413);
    expect(res.body).toEqual({ success: false, error: 'Request body is larger than 64 KB' });
    // Just under the limit, the body is read and validated.
    const ok = await post(url, padded(fields, 60 * 1024), s.headers).expect(400);
    expect(ok.body.error).toContain('property pad should not exist');
  });

  it('refuses 450,000 levels on refresh and CRUD routes by size, before reading them', async () => {
    for (const url of ['/api/tenant/auth/refresh', '/api/tenant/contacts']) {
      const res = await post(url, deepBody('"refresh_token":"x"', 450_000), s.headers).expect(413);
      expect(res.body).toEqual({ success: false, error: 'Request body is larger than 64 KB' });
    }
  });

  it('keeps 1 MB for creating tenants', async () => {
    const res = await post('/api/tenants', padded('"name":"Big","domain":"big.example.com"', 900_000), adminHeaders);
    expect(res.status).toBe(400);
    expect(res.body.error).toContain('property pad should not exist');
  });

  it('refuses a request without the API key before reading its body (401, not 400 for the broken JSON)', async () => {
    const res = await post('/api/tenants', `{"name": ${'['.repeat(400_000)}`, {}).expect(401);
    expect(res.body).toEqual({ success: false, error: 'A valid x-api-key header is required' });
    await post('/api/tenants', '{"name": ', { 'x-api-key': 'wrong' }).expect(401);
  });

  it('refuses a missing, malformed or unknown tenant id before reading the body', async () => {
    const broken = '{"first_name": ';
    const missing = await post('/api/tenant/contacts', broken, {}).expect(400);
    expect(missing.body).toEqual({ success: false, error: 'x-tenant-id header is required' });
    const malformed = await post('/api/tenant/auth/refresh', broken, { 'x-tenant-id': 'nope' }).expect(400);
    expect(malformed.body).toEqual({ success: false, error: 'x-tenant-id header must be a UUID' });
    const unknown = await post('/api/tenant/auth/login', broken, { 'x-tenant-id': randomUUID() }).expect(404);
    expect(unknown.body).toEqual({ success: false, error: 'Tenant not found' });
    // A known tenant: now the body is read, and it is broken.
    const known = await post('/api/tenant/auth/login', broken, { 'x-tenant-id': s.tenant.id }).expect(400);
    expect(known.body).toEqual({ success: false, error: 'Request body is not valid JSON' });
  });
});
