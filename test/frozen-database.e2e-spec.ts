// This file's app reads its timeouts when it is imported, so they are set before the import.
const SETTINGS = {
  DATABASE_POOL_MAX: '4',
  DATABASE_STATEMENT_TIMEOUT_MS: '500',
  DATABASE_QUERY_TIMEOUT_MS: '1000',
  DATABASE_CONNECT_TIMEOUT_MS: '1000',
  REQUEST_TIMEOUT_MS: '1500',
};
const saved = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, process.env[k]]));
Object.assign(process.env, SETTINGS);
const { createTenantSession, createTestApp } = await import('./support/app.js');
const { adminHeaders } = await import('./support/auth.js');
const { TcpProxy } = await import('./support/tcp-proxy.js');
const { DATABASE_CONNECTION_URL } = await import('../src/platform/database/database.constants.js');
type TestApp = Awaited<ReturnType<typeof createTestApp>>;

afterAll(() => Object.assign(process.env, saved));

/** Whatever answers (or fails) after how long. */
async function timed(send: () => PromiseLike<{ status: number; body: unknown }>) {
  const started = Date.now();
  const res = await send();
  return { status: res.status, body: res.body, ms: Date.now() - started };
}

/**
 * A database that stops answering (the reproduction: PostgreSQL under SIGSTOP) is played by a proxy that stops
 * forwarding: connections stay open and nothing comes back, so only the app's own timeouts can end a request.
 */
describe('A frozen database', () => {
  const target = new URL(process.env.DATABASE_URL!);
  const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
  let t: TestApp;

  beforeAll(async () => {
    await proxy.start();
    const viaProxy = new URL(target);
    viaProxy.port = String(proxy.port);
    t = await createTestApp((b) => b.overrideProvider(DATABASE_CONNECTION_URL).useValue(viaProxy.toString()));
  });
  afterAll(async () => {
    proxy.thaw();
    await t.close();
    await proxy.cut();
  });

  it('answers every request with a 503 or 504 in bounded time, keeps liveness, and recovers when it thaws', async () => {
    const s = await createTenantSession(t.http, 'Frozen');
    await t.http.get('/health/ready').expect(200);
    proxy.freeze();

    // More requests than the pool has connections: some hang on a frozen connection, the rest wait for one.
    const requests = [
      ...Array.from({ length: 6 }, () => () => t.http.get('/api/tenant/contacts').set(s.headers)),
      ...Array.from({ length: 3 }, () => () => t.http.get('/api/tenants').set(adminHeaders)),
      () =>
        t.http
          .post('/api/tenant/auth/login')
          .set('x-tenant-id', s.tenant.id)
          .send({ email: s.admin.email, password: s.admin.password }),
      () => t.http.get('/health/ready'),
    ];
    const during = await Promise.all(requests.map(timed));
    const live = await timed(() => t.http.get('/health/live'));

    for (const res of during) {
      expect([503, 504]).toContain(res.status);
      expect(res.body).toEqual(
        expect.objectContaining({
          success: false,
          error: expect.stringMatching(
            /^(Database timeout|Database unavailable|Request timed out|Not ready: database|Too many concurrent requests for this tenant; retry shortly)$/,
          ),
        }),
      );
      // REQUEST_TIMEOUT_MS is the bound; the slack covers a busy test machine.
      expect(res.ms).toBeLessThan(1500 + 1000);
    }
    expect(during.some((r) => r.status === 504)).toBe(true);
    expect(live.status).toBe(200);
    expect(live.ms).toBeLessThan(500);

    proxy.thaw();
    await waitUntil(async () => (await t.http.get('/health/ready')).status === 200);
    await waitUntil(async () => (await t.http.get('/api/tenant/contacts').set(s.headers)).status === 200);
  });
});

/** Re-checks a condition until it holds (the test's own timeout bounds it). */
async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((r) => setTimeout(r, 100));
}
