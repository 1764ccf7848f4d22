import { createTenantSession, createTestApp, withDatabase, type TenantSession, type TestApp } from './support/app.js';
import { captureOutput } from './support/output.js';

type Line = Record<string, unknown>;

/** Production's format: one JSON object per line, through the same logger as main.ts. */
describe('JSON logs', () => {
  let t: TestApp;
  let s: TenantSession;
  let output: ReturnType<typeof captureOutput>;
  const parsed = (): Line[] =>
    output
      .lines()
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Line);
  const linesOf = (requestId: string) => parsed().filter((l) => l.request_id === requestId);

  beforeAll(async () => {
    output = captureOutput();
    t = await createTestApp(undefined, ['error', 'warn', 'log'], { logFormat: 'json' });
    s = await createTenantSession(t.http, 'Logged');
  });
  afterAll(async () => {
    output.restore();
    await t.close();
  });

  it('writes one access line per request with the route template, status, duration, tenant, user and IP', async () => {
    const contact = await t.http
      .post('/api/tenant/contacts')
      .set(s.headers)
      .send({ first_name: 'Ada', last_name: 'Lovelace' })
      .expect(201);
    await t.http
      .get(`/api/tenant/contacts/${contact.body.data.id}?fields=x`)
      .set({ ...s.headers, 'x-request-id': 'log-fields-1' })
      .expect(200);
    await output.waitFor(/"request_id":"log-fields-1"/);
    const access = linesOf('log-fields-1').filter((l) => l.context === 'HTTP');
    expect(access).toHaveLength(1);
    expect(access[0]).toEqual(
      expect.objectContaining({
        level: 'info',
        method: 'GET',
        route: '/api/tenant/contacts/:id',
        status: 200,
        tenant_id: s.tenant.id,
        user_id: s.admin.id,
        ip: expect.stringMatching(/127\.0\.0\.1$/),
        msg: expect.stringMatching(/^GET \/api\/tenant\/contacts\/:id 200 [\d.]+ms$/),
      }),
    );
    expect(new Date(access[0].time as string).toISOString()).toBe(access[0].time);
    expect(access[0].duration_ms).toEqual(expect.any(Number));
    // The raw URL (an id, a query string) is not in the line.
    expect(JSON.stringify(access[0])).not.toContain(contact.body.data.id);
    expect(JSON.stringify(access[0])).not.toContain('fields=x');
  });

  it("logs a platform request with no tenant or user, and an unknown route as '(no route)'", async () => {
    await t.http.get('/api/nowhere').set('x-request-id', 'log-404').expect(404);
    await output.waitFor(/"request_id":"log-404"/);
    expect(linesOf('log-404')).toEqual([
      expect.objectContaining({ route: null, status: 404, tenant_id: null, user_id: null, msg: expect.any(String) }),
    ]);
  });

  it("answers an unexpected error with 500 and the request id, and the error's log line carries it with the tenant", async () => {
    const schema = `tenant_${s.tenant.id.replace(/-/g, '_')}`;
    // A real unexpected failure: the tenant's table is missing (relation does not exist is no mapped error).
    await withDatabase((c) => c.query(`ALTER TABLE "${schema}".tasks RENAME TO tasks_gone`));
    try {
      const res = await t.http
        .get('/api/tenant/tasks')
        .set({ ...s.headers, 'x-request-id': 'log-500' })
        .expect(500);
      expect(res.body).toEqual({ success: false, error: 'Internal server error', request_id: 'log-500' });
      expect(res.headers['x-request-id']).toBe('log-500');
    } finally {
      await withDatabase((c) => c.query(`ALTER TABLE "${schema}".tasks_gone RENAME TO tasks`));
    }
    await output.waitFor(/"request_id":"log-500".*"context":"HTTP"|"context":"HTTP".*"request_id":"log-500"/);
    const error = linesOf('log-500').find((l) => l.context === 'Exceptions');
    // Written by `new Logger('Exceptions').error(stack)`: the ids come from the request context, not the call.
    expect(error).toEqual(
      expect.objectContaining({ level: 'error', tenant_id: s.tenant.id, user_id: s.admin.id, request_id: 'log-500' }),
    );
    expect(error?.msg ?? error?.stack).toEqual(expect.stringContaining('does not exist'));
  });

  it('answers a client error without a request id in the body', async () => {
    const res = await t.http.get('/api/tenant/tasks?limit=0').set(s.headers).expect(400);
    expect(res.body.request_id).toBeUndefined();
  });
});
