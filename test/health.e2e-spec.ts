import { DATABASE_CONNECTION_URL } from '../src/platform/database/database.constants.js';
import { ShutdownState } from '../src/platform/health/shutdown-state.js';
import { createTestApp, type TestApp } from './support/app.js';
import { adminHeaders } from './support/auth.js';
import { TcpProxy } from './support/tcp-proxy.js';

describe('Health', () => {
  describe('with the database up', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('GET /health keeps the seed body and answers 200', async () => {
      const res = await t.http.get('/health').expect(200);
      expect(res.body).toEqual({ status: 'ok', database: 'connected', timestamp: expect.any(String) });
      expect(new Date(res.body.timestamp).getTime()).not.toBeNaN();
    });

    it('GET /health/live answers 200 with no dependencies', async () => {
      const res = await t.http.get('/health/live').expect(200);
      expect(res.body.status).toBe('ok');
      expect(res.body.details).toEqual({});
    });

    it('GET /health/ready answers 200 when the database answers', async () => {
      const res = await t.http.get('/health/ready').expect(200);
      expect(res.body.details.database.status).toBe('up');
    });

    it('GET /health/ready answers 200 with the shared pool occupancy', async () => {
      const res = await t.http.get('/health/ready').expect(200);
      expect(res.body.details.database).toEqual({
        status: 'up',
        pool: {
          max: expect.any(Number),
          total: expect.any(Number),
          idle: expect.any(Number),
          waiting: 0,
          saturated: false,
        },
      });
    });
  });

  describe('once shutdown has begun', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('GET /health/ready answers 503 while liveness and the API keep answering', async () => {
      // The hook Nest calls on SIGTERM (with SHUTDOWN_DELAY_MS 0 here), before it closes the server.
      await t.app.get(ShutdownState).beforeApplicationShutdown('SIGTERM');
      const res = await t.http.get('/health/ready').expect(503);
      expect(res.body).toEqual(expect.objectContaining({ success: false, error: 'Not ready: shutdown' }));
      await t.http.get('/health/live').expect(200);
      await t.http.get('/api/tenants').set(adminHeaders).expect(200);
    });
  });

  describe('during a database outage', () => {
    let t: TestApp;
    const target = new URL(process.env.DATABASE_URL!);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));

    beforeAll(async () => {
      await proxy.start();
      const viaProxy = new URL(target);
      viaProxy.port = String(proxy.port);
      // Both of the app's pools (the shared one and the health check's) connect through the proxy.
      t = await createTestApp((b) => b.overrideProvider(DATABASE_CONNECTION_URL).useValue(viaProxy.toString()));
    });
    afterAll(async () => {
      await t.close();
      await proxy.cut();
    });

    it('keeps liveness 200, fails readiness with 503, maps API calls to 503, and recovers', async () => {
      await t.http.get('/health/ready').expect(200);
      await proxy.cut();

      const health = await t.http.get('/health').expect(200);
      expect(health.body).toEqual({ status: 'error', database: 'disconnected', timestamp: expect.any(String) });
      await t.http.get('/health/live').expect(200);
      const ready = await t.http.get('/health/ready').expect(503);
      expect(ready.body).toEqual(expect.objectContaining({ success: false, error: 'Not ready: database' }));
      const api = await t.http.get('/api/tenants').set(adminHeaders).expect(503);
      expect(api.body).toEqual({ success: false, error: 'Database unavailable' });

      await proxy.restore();
      await t.http.get('/health/ready').expect(200);
      await t.http.get('/api/tenants').set(adminHeaders).expect(200);
    });
  });
});
