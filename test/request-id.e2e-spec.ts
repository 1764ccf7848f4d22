import { createTestApp, type TestApp } from './support/app.js';
import { adminHeaders } from './support/auth.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('Request ids (x-request-id)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('echoes a valid client id on a successful response', async () => {
    const res = await t.http.get('/health/live').set('x-request-id', 'abc.DEF_123-xyz').expect(200);
    expect(res.headers['x-request-id']).toBe('abc.DEF_123-xyz');
  });

  it('accepts an id of exactly 64 characters', async () => {
    const id = 'a'.repeat(64);
    const res = await t.http.get('/health/live').set('x-request-id', id).expect(200);
    expect(res.headers['x-request-id']).toBe(id);
  });

  it.each([
    ['too long', 'a'.repeat(65)],
    ['a space', 'abc def'],
    ['a slash', 'abc/def'],
    ['a non-ASCII letter', 'abcé'],
  ])('replaces an id with %s by a new UUID', async (_what, id) => {
    const res = await t.http.get('/health/live').set('x-request-id', id).expect(200);
    expect(res.headers['x-request-id']).toMatch(UUID);
  });

  it('gives each request without an id a new UUID', async () => {
    const [a, b] = await Promise.all([t.http.get('/health/live'), t.http.get('/health/live')]);
    expect(a.headers['x-request-id']).toMatch(UUID);
    expect(b.headers['x-request-id']).toMatch(UUID);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('echoes the id on errors: a 401, a 400 from validation and an unknown route', async () => {
    const unauthorized = await t.http.get('/api/tenants').set('x-request-id', 'req-401').expect(401);
    expect(unauthorized.body).toEqual({ success: false, error: 'A valid x-api-key header is required' });
    expect(unauthorized.headers['x-request-id']).toBe('req-401');
    const invalid = await t.http
      .post('/api/tenants')
      .set(adminHeaders)
      .set('x-request-id', 'req-400')
      .send({})
      .expect(400);
    expect(invalid.body.success).toBe(false);
    expect(invalid.headers['x-request-id']).toBe('req-400');
    const missing = await t.http.get('/nowhere').set('x-request-id', 'req-404').expect(404);
    expect(missing.body.success).toBe(false);
    expect(missing.headers['x-request-id']).toBe('req-404');
  });

  it('echoes the id on a body that is not JSON', async () => {
    const res = await t.http
      .post('/api/tenants')
      .set(adminHeaders)
      .set('x-request-id', 'req-bad-json')
      .set('content-type', 'application/json')
      .send('{"name":')
      .expect(400);
    expect(res.body).toEqual({ success: false, error: expect.stringContaining('JSON') });
    expect(res.headers['x-request-id']).toBe('req-bad-json');
  });
});
