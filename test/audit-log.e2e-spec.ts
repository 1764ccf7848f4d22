import { createHash } from 'node:crypto';
import { createTenantSession, createTestApp, type TestApp, uniqueDomain, withDatabase } from './support/app.js';
import { adminHeaders, TEST_PASSWORD } from './support/auth.js';

const schemaOf = (tenantId: string) => `tenant_${tenantId.replace(/-/g, '_')}`;

interface AuditRow {
  details: Record<string, unknown> | null;
  reason: string | null;
  seq: string;
  actor_type: string;
  actor_id: string | null;
  action: string;
  resource: string;
  resource_id: string | null;
  changes: Record<string, { old?: unknown; new?: unknown }> | null;
  ip: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

function auditRows(tenantId: string, where = 'TRUE', params: unknown[] = []): Promise<AuditRow[]> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<AuditRow>(
      `SELECT * FROM "${schemaOf(tenantId)}".audit_log WHERE ${where} ORDER BY seq`,
      params,
    );
    return rows;
  });
}

describe('Audit log: what is recorded', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('records a tenant create in the platform audit log with actor platform, client IP and request id', async () => {
    const domain = uniqueDomain('audited');
    const res = await t.http
      .post('/api/tenants')
      .set(adminHeaders)
      .set('x-request-id', 'create-tenant-1')
      .send({ name: 'Audited', domain, admin: { email: `boss@${domain}`, password: TEST_PASSWORD } })
      .expect(201);
    const rows = await withDatabase(async (db) => {
      const r = await db.query('SELECT * FROM public.platform_audit_log WHERE tenant_id = $1 ORDER BY seq', [
        res.body.data.id,
      ]);
      return r.rows;
    });
    expect(rows).toEqual([
      expect.objectContaining({
        seq: '1',
        actor_type: 'platform',
        action: 'create',
        reason: null,
        details: { name: 'Audited', domain, admin_email: `boss@${domain}` },
        ip: expect.stringMatching(/127\.0\.0\.1/),
        request_id: 'create-tenant-1',
        prev_hash: '0'.repeat(64),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
  });

  it('records create, update and delete of a CRM row with the changed fields, actor and request id', async () => {
    const s = await createTenantSession(t.http, 'CRUD audit');
    const created = await t.http
      .post('/api/tenant/organizations')
      .set(s.headers)
      .set('x-request-id', 'org-create')
      .send({ name: 'Globex', industry: 'Energy' })
      .expect(201);
    const id = created.body.data.id;
    await t.http
      .patch(`/api/tenant/organizations/${id}`)
      .set(s.headers)
      .set('x-request-id', 'org-update')
      .send({ industry: 'Utilities', name: 'Globex' })
      .expect(200);
    await t.http.delete(`/api/tenant/organizations/${id}`).set(s.headers).set('x-request-id', 'org-delete').expect(204);
    const rows = await auditRows(s.tenant.id, 'resource_id = $1', [id]);
    const common = { actor_type: 'user', actor_id: s.admin.id, resource: 'organizations', resource_id: id };
    expect(rows).toEqual([
      expect.objectContaining({
        ...common,
        action: 'create',
        request_id: 'org-create',
        ip: expect.stringMatching(/127\.0\.0\.1/),
        changes: { name: { new: 'Globex' }, industry: { new: 'Energy' } },
      }),
      expect.objectContaining({
        ...common,
        action: 'update',
        request_id: 'org-update',
        changes: { industry: { old: 'Energy', new: 'Utilities' } },
      }),
      expect.objectContaining({
        ...common,
        action: 'delete',
        request_id: 'org-delete',
        changes: { name: { old: 'Globex' }, industry: { old: 'Utilities' } },
      }),
    ]);
  });

  it('writes no audit row for a change that did not happen (404, 400, an update that changes nothing)', async () => {
    const s = await createTenantSession(t.http, 'No-op audit');
    const before = (await auditRows(s.tenant.id)).length;
    const missing = '00000000-0000-4000-8000-000000000000';
    await t.http.patch(`/api/tenant/contacts/${missing}`).set(s.headers).send({ notes: 'x' }).expect(404);
    await t.http.delete(`/api/tenant/contacts/${missing}`).set(s.headers).expect(404);
    await t.http
      .post('/api/tenant/contacts')
      .set(s.headers)
      .send({ first_name: 'Ann', organization_id: missing })
      .expect(400);
    const contact = await t.http.post('/api/tenant/contacts').set(s.headers).send({ first_name: 'Bob' }).expect(201);
    await t.http
      .patch(`/api/tenant/contacts/${contact.body.data.id}`)
      .set(s.headers)
      .send({ first_name: 'Bob' })
      .expect(200);
    const rows = await auditRows(s.tenant.id);
    expect(rows.slice(before).map((r) => `${r.action} ${r.resource}`)).toEqual(['create contacts']);
  });

  it('redacts password hashes and records a role change as the old and new role', async () => {
    const s = await createTenantSession(t.http, 'User audit');
    const user = await t.http
      .post('/api/tenant/users')
      .set(s.headers)
      .send({ email: 'new@example.com', password: TEST_PASSWORD, role: 'user' })
      .expect(201);
    const id = user.body.data.id;
    await t.http
      .patch(`/api/tenant/users/${id}`)
      .set(s.headers)
      .send({ role: 'admin', password: 'another long password' })
      .expect(200);
    const rows = await auditRows(s.tenant.id, 'resource_id = $1', [id]);
    expect(rows.map((r) => [r.action, r.changes])).toEqual([
      ['create', { email: { new: 'new@example.com' }, password_hash: { new: '[redacted]' }, role: { new: 'user' } }],
      ['update', { role: { old: 'user', new: 'admin' }, password_hash: { old: '[redacted]', new: '[redacted]' } }],
    ]);
    expect(JSON.stringify(rows)).not.toContain('$argon2');
  });

  it.each([
    ['UPDATE', (table: string) => `UPDATE ${table} SET action = 'forged'`],
    ['DELETE', (table: string) => `DELETE FROM ${table}`],
    ['TRUNCATE', (table: string) => `TRUNCATE ${table}`],
  ])('refuses %s on the tenant and platform audit tables in the database itself', async (op, sql) => {
    const s = await createTenantSession(t.http, 'Append-only');
    for (const table of [`"${schemaOf(s.tenant.id)}".audit_log`, 'public.platform_audit_log']) {
      await expect(withDatabase((db) => db.query(sql(table)))).rejects.toThrow(
        new RegExp(`audit_log is append-only: ${op} is not allowed`),
      );
    }
  });

  it('records sign-ins that succeed and fail, with the client IP and the email tried', async () => {
    const s = await createTenantSession(t.http, 'Sign-in audit');
    const login = (email: string, password: string, id: string) =>
      t.http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', s.tenant.id)
        .set('x-request-id', id)
        .send({ email, password });
    expect((await login(s.admin.email, TEST_PASSWORD, 'login-ok')).status).toBe(200);
    const wrong = await login(s.admin.email, 'not the password at all', 'login-wrong');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ success: false, error: 'Invalid email or password' });
    expect((await login('nobody@example.com', TEST_PASSWORD, 'login-unknown')).status).toBe(401);
    const rows = await auditRows(s.tenant.id, "action IN ('login', 'login_failed') AND request_id LIKE 'login-%'");
    const ip = expect.stringMatching(/127\.0\.0\.1/);
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'login',
        actor_type: 'user',
        actor_id: s.admin.id,
        resource: 'users',
        resource_id: s.admin.id,
        request_id: 'login-ok',
        ip,
      }),
      expect.objectContaining({
        action: 'login_failed',
        actor_type: 'anonymous',
        actor_id: null,
        resource_id: s.admin.id,
        details: { email: s.admin.email },
        reason: 'wrong password',
        request_id: 'login-wrong',
        ip,
      }),
      expect.objectContaining({
        action: 'login_failed',
        actor_type: 'anonymous',
        resource_id: null,
        details: { email: 'nobody@example.com' },
        reason: 'unknown email',
        request_id: 'login-unknown',
        ip,
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain('not the password at all');
  });

  it('records a detected refresh-token reuse in the transaction that revokes the family', async () => {
    const s = await createTenantSession(t.http, 'Reuse audit');
    const refresh = (token: string) =>
      t.http.post('/api/tenant/auth/refresh').set('x-tenant-id', s.tenant.id).send({ refresh_token: token });
    expect((await refresh(s.refreshToken)).status).toBe(200);
    // Past the grace window for racing refreshes: presenting it again is a replay.
    const hash = createHash('sha256').update(s.refreshToken).digest('hex');
    await withDatabase((db) =>
      db.query(
        `UPDATE "${schemaOf(s.tenant.id)}".refresh_tokens SET revoked_at = revoked_at - interval '1 hour' WHERE token_hash = $1`,
        [hash],
      ),
    );
    const reused = await refresh(s.refreshToken);
    expect(reused.status).toBe(401);
    const rows = await auditRows(s.tenant.id, "action = 'refresh_token_reuse'");
    expect(rows).toEqual([
      expect.objectContaining({
        actor_type: 'anonymous',
        resource: 'refresh_tokens',
        resource_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        details: { user_id: s.admin.id },
      }),
    ]);
  });
});
