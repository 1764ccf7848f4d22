import { escapeIdentifier } from 'pg';
import { tenantSchema } from '../src/platform/database/tenant-schema.js';
import {
  createTenantSession,
  createTestApp,
  type Http,
  type TenantSession,
  type TestApp,
  uniqueDomain,
  withDatabase,
} from './support/app.js';
import { adminHeaders, TEST_PASSWORD } from './support/auth.js';

const LAST_ADMIN = {
  success: false,
  error: 'A tenant must keep at least one admin: make another user an admin first',
};

describe('Users: bad input', () => {
  let t: TestApp;
  let http: Http;

  beforeAll(async () => {
    t = await createTestApp();
    http = t.http;
  });
  afterAll(() => t.close());

  it.each([
    ['password', 'password must be a string'],
    ['email', 'email must be an email'],
    ['role', 'role must be one of the following values: admin, user'],
  ])('PATCH /api/tenant/users/:id with {"%s": null} is a 400 naming it, and changes nothing', async (field, error) => {
    const s = await createTenantSession(http, `Null ${field}`);
    const res = await http
      .patch(`/api/tenant/users/${s.admin.id}`)
      .set(s.headers)
      .send({ [field]: null })
      .expect(400);
    expect(res.body.success).toBe(false);
    expect(res.body.error).toContain(error);
    const me = await http.get('/api/tenant/auth/me').set(s.headers).expect(200);
    expect(me.body.data).toEqual(expect.objectContaining({ email: s.admin.email, role: 'admin' }));
    await http
      .post('/api/tenant/auth/login')
      .set('x-tenant-id', s.tenant.id)
      .send({ email: s.admin.email, password: TEST_PASSWORD })
      .expect(200);
  });

  it('PATCH /api/tenant/users/:id with {"first_name": null} still clears the name', async () => {
    const s = await createTenantSession(http, 'Clear name');
    await http.patch(`/api/tenant/users/${s.admin.id}`).set(s.headers).send({ first_name: 'Ann' }).expect(200);
    const res = await http
      .patch(`/api/tenant/users/${s.admin.id}`)
      .set(s.headers)
      .send({ first_name: null })
      .expect(200);
    expect(res.body.data.first_name).toBeNull();
  });

  it('POST /api/tenants with "admin" as an array is a 400 and creates nothing', async () => {
    const domain = uniqueDomain();
    const res = await http
      .post('/api/tenants')
      .set(adminHeaders)
      .send({ name: 'Array admin', domain, admin: [{ email: `boss@${domain}`, password: TEST_PASSWORD }] })
      .expect(400);
    expect(res.body).toEqual({ success: false, error: 'admin must be an object' });
    const list = await http.get('/api/tenants?limit=200').set(adminHeaders).expect(200);
    expect(list.body.data.map((x: { domain: string }) => x.domain)).not.toContain(domain);
  });
});

describe('Users: the last admin', () => {
  let t: TestApp;
  let http: Http;

  beforeAll(async () => {
    t = await createTestApp();
    http = t.http;
  });
  afterAll(() => t.close());

  /** A tenant with two admins, each signed in. */
  const twoAdmins = async (name: string) => {
    const s = await createTenantSession(http, name);
    const email = `second@${s.tenant.domain}`;
    const second = await http
      .post('/api/tenant/users')
      .set(s.headers)
      .send({ email, password: TEST_PASSWORD, role: 'admin' })
      .expect(201);
    const login = await http
      .post('/api/tenant/auth/login')
      .set('x-tenant-id', s.tenant.id)
      .send({ email, password: TEST_PASSWORD })
      .expect(200);
    const other = {
      id: second.body.data.id as string,
      headers: { 'x-tenant-id': s.tenant.id, authorization: `Bearer ${login.body.data.access_token}` },
    };
    return { s, other };
  };
  const admins = async (s: TenantSession) =>
    (await http.get('/api/tenant/users?role=admin').set(s.headers).expect(200)).body.data.map(
      (u: { id: string }) => u.id,
    );

  it('refuses to demote the only admin (409) and keeps the role', async () => {
    const s = await createTenantSession(http, 'Last demote');
    const res = await http.patch(`/api/tenant/users/${s.admin.id}`).set(s.headers).send({ role: 'user' }).expect(409);
    expect(res.body).toEqual(LAST_ADMIN);
    expect(await admins(s)).toEqual([s.admin.id]);
  });

  it('refuses to delete the only admin (409) and keeps the user', async () => {
    const s = await createTenantSession(http, 'Last delete');
    const res = await http.delete(`/api/tenant/users/${s.admin.id}`).set(s.headers).expect(409);
    expect(res.body).toEqual(LAST_ADMIN);
    await http.get(`/api/tenant/users/${s.admin.id}`).set(s.headers).expect(200);
  });

  it('lets an admin go while another remains, then refuses the last one', async () => {
    const { s, other } = await twoAdmins('Two admins');
    await http.patch(`/api/tenant/users/${other.id}`).set(s.headers).send({ role: 'user' }).expect(200);
    await http.patch(`/api/tenant/users/${other.id}`).set(s.headers).send({ role: 'admin' }).expect(200);
    await http.delete(`/api/tenant/users/${s.admin.id}`).set(other.headers).expect(204);
    const res = await http.delete(`/api/tenant/users/${other.id}`).set(other.headers).expect(409);
    expect(res.body).toEqual(LAST_ADMIN);
    expect(await admins({ ...s, headers: other.headers })).toEqual([other.id]);
  });

  it.each([
    ['demote', (id: string) => ({ method: 'patch' as const, path: `/api/tenant/users/${id}`, body: { role: 'user' } })],
    ['delete', (id: string) => ({ method: 'delete' as const, path: `/api/tenant/users/${id}`, body: undefined })],
  ])('two admins who %s each other at the same moment leave exactly one admin (200/204 and 409)', async (_, make) => {
    const { s, other } = await twoAdmins('Concurrent admins');
    const send = (headers: Record<string, string>, target: string) => {
      const r = make(target);
      const req = http[r.method](r.path).set(headers);
      return r.body ? req.send(r.body) : req;
    };
    // Both requests pass authentication, then wait on a lock this test holds on the admin rows; released together,
    // they really run at once, and only the service's own locking can keep one admin.
    const results = await holdingAdminRows(s, async (releaseWhenBlocked) => {
      const both = Promise.all([send(s.headers, other.id), send(other.headers, s.admin.id)]);
      await releaseWhenBlocked(2);
      return both;
    });
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual(make('x').method === 'patch' ? [200, 409] : [204, 409]);
    expect(results.find((r) => r.status === 409)?.body).toEqual(LAST_ADMIN);
    const winner = results[0].status === 409 ? other : { id: s.admin.id, headers: s.headers };
    const remaining = await admins({ ...s, headers: winner.headers });
    expect(remaining).toEqual([winner.id]);
  });
});

/**
 * Runs `fn` while a transaction of this test holds the lock on every admin row of the tenant.
 * `releaseWhenBlocked(n)` waits until n other sessions of the test database are blocked on a lock (polled, at most
 * 10 s), then commits, releasing them all at once.
 */
async function holdingAdminRows<T>(
  s: TenantSession,
  fn: (releaseWhenBlocked: (n: number) => Promise<void>) => Promise<T>,
): Promise<T> {
  return withDatabase(async (db) => {
    const blocked = async () => {
      // Inside a transaction, pg_stat_activity is a snapshot taken at its first read: clear it to see the present.
      await db.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      return rows[0].n;
    };
    await db.query('BEGIN');
    try {
      await db.query(
        `SELECT id FROM ${escapeIdentifier(tenantSchema(s.tenant.id))}.users WHERE role = 'admin' FOR UPDATE`,
      );
      return await fn(async (n) => {
        const deadline = Date.now() + 10_000;
        while ((await blocked()) < n) {
          if (Date.now() > deadline) throw new Error(`fewer than ${n} requests reached the lock within 10 s`);
          await new Promise((resolve) => setImmediate(resolve));
        }
        await db.query('COMMIT');
      });
    } finally {
      await db.query('ROLLBACK');
    }
  });
}
