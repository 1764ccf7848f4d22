import { ChangeChannel } from '../src/platform/changes/change-channel.js';
import type { TestApp } from './support/app.js';
import { TcpProxy } from './support/tcp-proxy.js';

async function until(probe: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/**
 * The listener goes through DATABASE_DIRECT_URL (here a proxy the test cuts), as it does behind PgBouncer; the pool
 * keeps using DATABASE_URL. While the channel is down, cached tenants live at most CHANGE_CHANNEL_DEGRADED_TTL_MS,
 * and readiness fails once it has been down longer than CHANGE_CHANNEL_MAX_DOWN_MS.
 */
describe('Change channel outage (listener on DATABASE_DIRECT_URL)', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let support: typeof import('./support/app.js');
  const saved = { ...process.env };

  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_URL!);
    proxy = new TcpProxy(url.hostname, Number(url.port || 5432));
    await proxy.start();
    url.host = `127.0.0.1:${proxy.port}`;
    Object.assign(process.env, {
      DATABASE_DIRECT_URL: url.toString(),
      TENANT_CACHE_TTL_MS: '60000',
      CHANGE_CHANNEL_DEGRADED_TTL_MS: '300',
      CHANGE_CHANNEL_MAX_DOWN_MS: '500',
    });
    // Imported only now: ConfigModule reads the environment when the app module is first loaded.
    support = await import('./support/app.js');
    t = await support.createTestApp();
  });
  afterAll(async () => {
    process.env = saved;
    await t.close();
    await proxy.cut();
  });

  it('starts ready, with its listener connected through the proxy', async () => {
    expect(t.app.get(ChangeChannel).isConnected).toBe(true);
    await t.http.get('/health/ready').expect(200);
  });

  it('trusts cached tenants only briefly while down, fails readiness after the limit, and recovers', async () => {
    const s = await support.createTenantSession(t.http, 'Outage');
    await t.http.get('/api/tenant').set(s.headers).expect(200);
    await proxy.cut();
    await until(async () => !t.app.get(ChangeChannel).isConnected, 5000);
    // Changed behind the app's back: no notification could reach it anyway while the channel is down.
    await support.withDatabase((db) =>
      db.query("UPDATE public.tenants SET status = 'suspended', suspended_at = now() WHERE id = $1", [s.tenant.id]),
    );
    await until(async () => (await t.http.get('/api/tenant').set(s.headers)).status === 403, 2000);

    await until(async () => (await t.http.get('/health/ready')).status === 503, 3000);
    const ready = await t.http.get('/health/ready').expect(503);
    expect(ready.body.success).toBe(false);
    expect(ready.body.error).toContain('change_channel');

    await proxy.restore();
    await until(async () => (await t.http.get('/health/ready')).status === 200, 10_000);
    expect(t.app.get(ChangeChannel).isConnected).toBe(true);
  });
});
