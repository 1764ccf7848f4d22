import { createTestApp, type TestApp } from './support/app.js';
import { adminHeaders } from './support/auth.js';

describe('HTTP hygiene', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sets helmet headers and hides x-powered-by', async () => {
    const res = await t.http.get('/health/live').expect(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
  });

  it("sets helmet's default headers, all of them, on answers, refusals and unknown routes alike", async () => {
    const { default: helmet } = await import('helmet');
    const expected: Record<string, string> = {};
    const fake = {
      setHeader: (k: string, v: unknown) => (expected[k.toLowerCase()] = String(v)),
      removeHeader: () => 0,
    };
    helmet()({} as never, fake as never, () => undefined);
    expect(Object.keys(expected).length).toBeGreaterThan(10);
    const answers = await Promise.all([
      t.http.get('/health/live').expect(200),
      t.http.get('/api/tenant/contacts').expect(400), // no x-tenant-id: refused by an early guard
      t.http.get('/api/tenants').expect(401), // no API key
      t.http.get('/api/nothing-here').expect(404),
    ]);
    for (const res of answers) expect(res.headers).toMatchObject(expected);
  });

  it('answers an unknown route with a JSON 404 envelope that does not echo the URL', async () => {
    const res = await t.http.get('/api/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toEqual({ success: false, error: 'Route not found' });
  });

  it('answers malformed JSON with 400', async () => {
    const res = await t.http
      .post('/api/tenants')
      .set(adminHeaders)
      .set('content-type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(res.body.success).toBe(false);
    expect(typeof res.body.error).toBe('string');
  });

  it('answers a body over 1 MB with 413', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10), domain: 'big.example.com' });
    const res = await t.http
      .post('/api/tenants')
      .set(adminHeaders)
      .set('content-type', 'application/json')
      .send(body)
      .expect(413);
    expect(res.body).toEqual({ success: false, error: expect.any(String) });
  });

  it('accepts a body just under 1 MB and validates it (400, not 413)', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(1000 * 1000), domain: 'big.example.com' });
    const res = await t.http
      .post('/api/tenants')
      .set(adminHeaders)
      .set('content-type', 'application/json')
      .send(body)
      .expect(400);
    expect(res.body.error).toContain('name');
  });

  it('allows no cross-origin requests when CORS_ORIGINS is empty', async () => {
    const res = await t.http.get('/health/live').set('origin', 'https://evil.example').expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
