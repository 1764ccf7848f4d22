import type { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { createTenantSession, type Http, type TenantSession, withDatabase } from './support/app.js';
import { adminHeaders } from './support/auth.js';
import { startServer } from './support/processes.js';

/** Polls `probe` until it returns true; resolves with the milliseconds it took, rejects after `timeoutMs`. */
async function until(probe: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

interface Replica {
  child: ChildProcess;
  http: Http;
  base: string;
}

/** A built app process on its own port, sharing the run's database with the others. */
async function startReplica(env: Record<string, string>): Promise<Replica> {
  const { base, port, child } = await startServer('dist/main.js', {
    LOG_LEVEL: 'warn',
    // Both replicas cache for a minute: only the change channel can make a change visible within a second.
    TENANT_CACHE_TTL_MS: '60000',
    USER_CACHE_TTL_MS: '60000',
    // Not the degraded-mode TTL either: a lost channel must be repaired by the reset, not by expiry.
    CHANGE_CHANNEL_DEGRADED_TTL_MS: '60000',
    PASSWORD_HASH_MEMORY_KIB: '1024',
    PASSWORD_HASH_TIME_COST: '1',
    ...env,
  });
  child.stderr?.on('data', (d) => process.stderr.write(`[replica ${port}] ${d}`));
  return { child, http: request(base), base };
}

const listenerOf = (replica: Replica) => `mtb-changes-${replica.child.pid}`;

async function listenerPids(replica: Replica): Promise<number[]> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [
      listenerOf(replica),
    ]);
    return rows.map((r) => r.pid);
  });
}

describe('Two replicas on one database: changes reach the other replica within a second', () => {
  let a: Replica;
  let b: Replica;
  beforeAll(async () => {
    [a, b] = await Promise.all([startReplica({}), startReplica({})]);
  }, 120_000);
  afterAll(() => {
    a?.child.kill('SIGKILL');
    b?.child.kill('SIGKILL');
  });

  /** A tenant created through A, whose tenant and admin B has already cached. */
  async function warmSession(): Promise<TenantSession> {
    const s = await createTenantSession(a.http, 'Replicated');
    await b.http.get('/api/tenant').set(s.headers).expect(200);
    return s;
  }

  it('suspend through A: the next request through B is a 403 within 1 s; resume likewise', async () => {
    const s = await warmSession();
    await a.http.post(`/api/tenants/${s.tenant.id}/suspend`).set(adminHeaders).expect(200);
    const took = await until(async () => (await b.http.get('/api/tenant').set(s.headers)).status === 403, 1000);
    expect(took).toBeLessThan(1000);
    const res = await b.http.get('/api/tenant').set(s.headers).expect(403);
    expect(res.body).toEqual({ success: false, error: 'Tenant is suspended' });

    await a.http.post(`/api/tenants/${s.tenant.id}/resume`).set(adminHeaders).expect(200);
    await until(async () => (await b.http.get('/api/tenant').set(s.headers)).status === 200, 1000);
  });

  it('delete through A: the tenant is a 404 on B within 1 s', async () => {
    const s = await warmSession();
    await a.http.delete(`/api/tenants/${s.tenant.id}`).set(adminHeaders).expect(200);
    await until(async () => (await b.http.get('/api/tenant').set(s.headers)).status === 404, 1000);
  });

  it("delete a user through A: that user's token fails on B within 1 s", async () => {
    const s = await warmSession();
    const email = `member@${s.tenant.domain}`;
    const created = await a.http
      .post('/api/tenant/users')
      .set(s.headers)
      .send({ email, password: s.admin.password })
      .expect(201);
    const login = await b.http
      .post('/api/tenant/auth/login')
      .set('x-tenant-id', s.tenant.id)
      .send({ email, password: s.admin.password })
      .expect(200);
    const member = { 'x-tenant-id': s.tenant.id, authorization: `Bearer ${login.body.data.access_token}` };
    await b.http.get('/api/tenant/auth/me').set(member).expect(200);
    await a.http.delete(`/api/tenant/users/${created.body.data.id}`).set(s.headers).expect(204);
    await until(async () => (await b.http.get('/api/tenant/auth/me').set(member)).status === 401, 1000);
    const res = await b.http.get('/api/tenant/auth/me').set(member).expect(401);
    expect(res.body).toEqual({ success: false, error: 'User no longer exists' });
  });

  it('recovers after its listener connection is terminated, and a change made meanwhile takes effect', async () => {
    const s = await warmSession();
    const [before] = await listenerPids(b);
    expect(before).toEqual(expect.any(Number));
    await withDatabase(async (db) => {
      // Waits until the backend is gone; B's first reconnect attempt comes at least 80 ms later.
      const { rows } = await db.query('SELECT pg_terminate_backend($1, 5000) AS done', [before]);
      expect(rows[0].done).toBe(true);
      // A change without a notification, made while B has no listener: B can only learn of it by clearing its
      // cache when the channel comes back.
      await db.query("UPDATE public.tenants SET status = 'suspended', suspended_at = now() WHERE id = $1", [
        s.tenant.id,
      ]);
    });
    await until(async () => (await listenerPids(b)).some((pid) => pid !== before), 10_000);
    await until(async () => (await b.http.get('/api/tenant').set(s.headers)).status === 403, 5000);
    await b.http.get('/health/ready').expect(200);
    // And the new connection carries notifications again.
    await a.http.post(`/api/tenants/${s.tenant.id}/resume`).set(adminHeaders).expect(200);
    await until(async () => (await b.http.get('/api/tenant').set(s.headers)).status === 200, 1000);
  });
});
