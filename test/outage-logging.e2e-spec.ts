import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { OutageLog } from '../src/platform/common/outage-log.js';
import { PG_POOL } from '../src/platform/database/database.constants.js';
import { createTestApp, type TestApp, withDatabase } from './support/app.js';
import { adminHeaders } from './support/auth.js';
import { captureOutput } from './support/output.js';
import { TcpProxy } from './support/tcp-proxy.js';

describe('Logging during an outage', () => {
  const target = new URL(process.env.DATABASE_URL!);
  const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
  let t: TestApp;
  let output: ReturnType<typeof captureOutput>;

  beforeAll(async () => {
    await proxy.start();
    const viaProxy = new URL(target);
    viaProxy.port = String(proxy.port);
    output = captureOutput();
    t = await createTestApp(
      (b) =>
        b
          .overrideProvider(PG_POOL)
          .useFactory({
            factory: () => {
              const pool = new pg.Pool({
                connectionString: viaProxy.toString(),
                max: 4,
                connectionTimeoutMillis: 1000,
              });
              pool.on('error', () => undefined);
              // As the app's own pool does (database.module.ts): a client held between two statements when the
              // proxy cuts the connection must not crash the process.
              pool.on('connect', (client) => client.on('error', () => undefined));
              return pool;
            },
          })
          // Summaries every second instead of every 10 s, so the test sees them.
          .overrideProvider(OutageLog)
          .useValue(new OutageLog(1000)),
      ['error', 'warn', 'log'],
    );
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    output.restore();
    await t.close();
    await proxy.cut();
  });

  const lines = (pattern: RegExp) => output.lines().filter((line) => pattern.test(line));

  it('logs a database outage once, then summaries and its end, and every request in the access log', async () => {
    await t.http.get('/api/tenants').set(adminHeaders).expect(200);
    await proxy.cut();
    try {
      const answers = await Promise.all(Array.from({ length: 30 }, () => t.http.get('/api/tenants').set(adminHeaders)));
      expect(answers.map((res) => res.status)).toEqual(Array(30).fill(503));
      await output.waitFor(/\[Outage\] Database unavailable: \d+ more requests answered 503 in the last 1\.0 s/);
    } finally {
      await proxy.restore();
    }
    await t.http.get('/api/tenants').set(adminHeaders).expect(200);
    await output.waitFor(/\[Outage\] Database unavailable: no 503 for 1\.0 s; 30 requests were answered 503/);

    // One line when it started, then summaries that account for the other 29: not a WARN per request.
    expect(lines(/\[Outage\] Database unavailable: .*answering 503; further ones are summarised/)).toHaveLength(1);
    const summarised = lines(/\[Outage\] Database unavailable: \d+ more requests/).map((l) =>
      Number(/(\d+) more/.exec(l)![1]),
    );
    expect(summarised.reduce((a, b) => a + b, 0)).toBe(29);
    // Not a WARN per request (30 were answered 503): the outage's own lines stay a handful (4-5 seen), and besides
    // those at most two lines per pooled connection the cut dropped (pool of 4).
    expect(lines(/WARN/).filter((l) => !l.includes('[DatabasePool]')).length).toBeLessThan(10);
    expect(lines(/WARN: \[DatabasePool\]/).length).toBeLessThanOrEqual(8);
    expect(lines(/\[HTTP\] GET \/api\/tenants 503 /)).toHaveLength(30);
  });

  it('writes the access-log line of a request whose client disconnected before the answer', async () => {
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    await withDatabase(async (locker) => {
      // The listing waits on this lock, so the request is in flight when its client goes away.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE public.tenants IN ACCESS EXCLUSIVE MODE');
      const headers = { ...adminHeaders, 'x-request-id': 'client-gone-1' };
      const client = httpRequest({ port, host: '127.0.0.1', path: '/api/tenants?limit=7', headers });
      client.on('error', () => undefined);
      client.end();
      await waitUntil(async () => {
        const waiting = await withDatabase((c) =>
          c.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%tenants%'`),
        );
        return waiting.rowCount! > 0;
      });
      client.destroy();
      const line = await output.waitFor(/\[HTTP\] GET \/api\/tenants .*"request_id":"client-gone-1"/);
      expect(line).toMatch(/ 499 [\d.]+ms \(client closed the connection\) /);
      await locker.query('ROLLBACK');
    });
  });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
