import {
  createTenant,
  createTenantSession,
  createTestApp,
  type Http,
  type TenantSession,
  type TestApp,
  uniqueDomain,
  withDatabase,
} from './support/app.js';
import { adminHeaders } from './support/auth.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const DAY_MS = 86_400_000;

describe('Tenant lifecycle (/api/tenants/:id …)', () => {
  let t: TestApp;
  let http: Http;
  beforeAll(async () => {
    t = await createTestApp();
    http = t.http;
  });
  afterAll(() => t.close());

  const suspend = (id: string, body?: object) => {
    const req = http.post(`/api/tenants/${id}/suspend`).set(adminHeaders);
    return body ? req.send(body) : req;
  };
  const op = (id: string, action: 'resume' | 'restore') => http.post(`/api/tenants/${id}/${action}`).set(adminHeaders);
  const remove = (id: string) => http.delete(`/api/tenants/${id}`).set(adminHeaders);
  const refresh = (s: TenantSession) =>
    http.post('/api/tenant/auth/refresh').set('x-tenant-id', s.tenant.id).send({ refresh_token: s.refreshToken });
  const login = (s: TenantSession) =>
    http
      .post('/api/tenant/auth/login')
      .set('x-tenant-id', s.tenant.id)
      .send({ email: s.admin.email, password: s.admin.password });

  describe('status', () => {
    it('shows status, lifecycle dates and the schema version in every tenant response', async () => {
      const created = await http.post('/api/tenants').set(adminHeaders).send({ name: 'S', domain: uniqueDomain() });
      expect(created.status).toBe(201);
      expect(created.body.data).toMatchObject({
        status: 'active',
        suspended_at: null,
        suspension_reason: null,
        deleted_at: null,
        purge_after: null,
        schema_version: expect.stringMatching(/^\d+$/),
      });
      const got = await http.get(`/api/tenants/${created.body.data.id}`).set(adminHeaders).expect(200);
      expect(got.body.data).toEqual(created.body.data);
      const latest = await withDatabase(async (db) => {
        const schema = `tenant_${created.body.data.id.replace(/-/g, '_')}`;
        const { rows } = await db.query(
          `SELECT version FROM "${schema}".schema_migrations ORDER BY version::numeric DESC LIMIT 1`,
        );
        return rows[0].version;
      });
      expect(got.body.data.schema_version).toBe(latest);
    });

    it('lists every tenant but the deleted ones by default, and filters by ?status=', async () => {
      const [active, suspended, deleted] = await Promise.all([
        createTenant(http, 'L active'),
        createTenant(http, 'L suspended'),
        createTenant(http, 'L deleted'),
      ]);
      await suspend(suspended.id).expect(200);
      await remove(deleted.id).expect(200);
      const ids = async (query: string) => {
        const res = await http.get(`/api/tenants?limit=200${query}`).set(adminHeaders).expect(200);
        return res.body.data.map((x: { id: string; status: string }) => `${x.id}:${x.status}`);
      };
      const byDefault = await ids('');
      expect(byDefault).toEqual(expect.arrayContaining([`${active.id}:active`, `${suspended.id}:suspended`]));
      expect(byDefault).not.toContain(`${deleted.id}:deleted`);
      expect((await ids('&status=deleted')).every((x: string) => x.endsWith(':deleted'))).toBe(true);
      expect(await ids('&status=deleted')).toContain(`${deleted.id}:deleted`);
      expect(await ids('&status=suspended')).toContain(`${suspended.id}:suspended`);
      expect(await ids('&status=suspended')).not.toContain(`${active.id}:active`);
      expect(await ids('&status=all')).toEqual(
        expect.arrayContaining([`${deleted.id}:deleted`, `${active.id}:active`]),
      );
    });

    it('rejects an unknown ?status= with 400', async () => {
      const res = await http.get('/api/tenants?status=archived').set(adminHeaders).expect(400);
      expect(res.body).toEqual({ success: false, error: 'status must be one of active, suspended, deleted, all' });
    });
  });

  describe('PATCH /api/tenants/:id', () => {
    it('renames and moves a tenant to a new domain (trimmed, lower-cased)', async () => {
      const tenant = await createTenant(http, 'Before');
      const domain = uniqueDomain('Moved');
      const res = await http
        .patch(`/api/tenants/${tenant.id}`)
        .set(adminHeaders)
        .send({ name: '  After  ', domain: domain.toUpperCase() })
        .expect(200);
      expect(res.body).toMatchObject({
        success: true,
        message: 'Tenant updated',
        data: { id: tenant.id, name: 'After', domain: domain.toLowerCase(), status: 'active' },
      });
      const only = await http.patch(`/api/tenants/${tenant.id}`).set(adminHeaders).send({ name: 'Only' }).expect(200);
      expect(only.body.data).toMatchObject({ name: 'Only', domain: domain.toLowerCase() });
    });

    it.each([
      [{}, 'Provide at least one of name, domain'],
      [{ name: null }, 'name must be'],
      [{ domain: null }, 'domain must be'],
      [{ name: '   ' }, 'name must be'],
      [{ name: 'x'.repeat(101) }, 'name must be'],
      [{ domain: 'not a host' }, 'domain must be a valid host name'],
      [{ name: 'Ok', plan: 'gold' }, 'property plan should not exist'],
    ])('rejects %j with 400', async (body, error) => {
      const tenant = await createTenant(http);
      const res = await http.patch(`/api/tenants/${tenant.id}`).set(adminHeaders).send(body).expect(400);
      expect(res.body.success).toBe(false);
      expect(res.body.error).toContain(error);
    });

    it('returns 409 when the domain belongs to another tenant, whatever its case', async () => {
      const [a, b] = await Promise.all([createTenant(http), createTenant(http)]);
      const res = await http
        .patch(`/api/tenants/${a.id}`)
        .set(adminHeaders)
        .send({ domain: b.domain.toUpperCase() })
        .expect(409);
      expect(res.body).toEqual({ success: false, error: 'domain already exists' });
    });

    it('returns 404 for an unknown tenant, 400 for a bad id, 401 without the key', async () => {
      const missing = await http.patch(`/api/tenants/${UNKNOWN}`).set(adminHeaders).send({ name: 'x' }).expect(404);
      expect(missing.body).toEqual({ success: false, error: 'Tenant not found' });
      const bad = await http.patch('/api/tenants/nope').set(adminHeaders).send({ name: 'x' }).expect(400);
      expect(bad.body).toEqual({ success: false, error: 'id must be a UUID' });
      const anonymous = await http.patch(`/api/tenants/${UNKNOWN}`).send({ name: 'x' }).expect(401);
      expect(anonymous.body).toEqual({ success: false, error: 'A valid x-api-key header is required' });
    });
  });

  describe('suspend and resume', () => {
    it('refuses every tenant route, login and refresh included, with 403 while suspended', async () => {
      const s = await createTenantSession(http, 'Suspended');
      const res = await suspend(s.tenant.id, { reason: '  unpaid invoice  ' }).expect(200);
      expect(res.body).toMatchObject({
        success: true,
        message: 'Tenant suspended',
        data: { status: 'suspended', suspension_reason: 'unpaid invoice', suspended_at: expect.any(String) },
      });
      const refused = { success: false, error: 'Tenant is suspended' };
      expect((await http.get('/api/tenant').set(s.headers).expect(403)).body).toEqual(refused);
      expect((await http.get('/api/tenant/contacts').set(s.headers).expect(403)).body).toEqual(refused);
      expect((await http.get('/api/tenant/auth/me').set(s.headers).expect(403)).body).toEqual(refused);
      expect((await login(s).expect(403)).body).toEqual(refused);
      expect((await refresh(s).expect(403)).body).toEqual(refused);
    });

    it('resumes with the same users, data and tokens', async () => {
      const s = await createTenantSession(http, 'Resumed');
      const contact = await http.post('/api/tenant/contacts').set(s.headers).send({ first_name: 'Kept' }).expect(201);
      await suspend(s.tenant.id).expect(200);
      const res = await op(s.tenant.id, 'resume').expect(200);
      expect(res.body).toMatchObject({
        message: 'Tenant resumed',
        data: { status: 'active', suspended_at: null, suspension_reason: null },
      });
      const got = await http.get(`/api/tenant/contacts/${contact.body.data.id}`).set(s.headers).expect(200);
      expect(got.body.data.first_name).toBe('Kept');
      await refresh(s).expect(200);
      await login(s).expect(200);
    });

    it('answers a repeated transition with 200 and no change', async () => {
      const tenant = await createTenant(http);
      const first = await suspend(tenant.id, { reason: 'first' }).expect(200);
      const again = await suspend(tenant.id, { reason: 'second' }).expect(200);
      expect(again.body).toEqual({ success: true, message: 'Tenant was already suspended', data: first.body.data });
      await op(tenant.id, 'resume').expect(200);
      const resumed = await op(tenant.id, 'resume').expect(200);
      expect(resumed.body).toMatchObject({ message: 'Tenant was already active', data: { status: 'active' } });
    });

    it('lets exactly one of ten concurrent suspends change the tenant', async () => {
      const tenant = await createTenant(http);
      const results = await Promise.all(Array.from({ length: 10 }, () => suspend(tenant.id)));
      expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect(results.filter((r) => r.body.message === 'Tenant suspended')).toHaveLength(1);
    });

    it('rejects a bad reason with 400 and an unknown tenant with 404', async () => {
      const tenant = await createTenant(http);
      const long = await suspend(tenant.id, { reason: 'x'.repeat(501) }).expect(400);
      expect(long.body).toEqual({
        success: false,
        error: 'reason must be shorter than or equal to 500 characters',
      });
      const typed = await suspend(tenant.id, { reason: 42 }).expect(400);
      expect(typed.body.error).toContain('reason must be a string');
      expect((await suspend(UNKNOWN).expect(404)).body).toEqual({ success: false, error: 'Tenant not found' });
      expect((await op(UNKNOWN, 'resume').expect(404)).body).toEqual({ success: false, error: 'Tenant not found' });
    });
  });

  describe('delete and restore', () => {
    it('soft-deletes: status deleted, purge_after = now + 30 days, tenant routes 404 as for an unknown tenant', async () => {
      const s = await createTenantSession(http, 'Deleted');
      const before = Date.now();
      const res = await remove(s.tenant.id).expect(200);
      expect(res.body).toMatchObject({ success: true, message: 'Tenant deleted', data: { status: 'deleted' } });
      const deletedAt = Date.parse(res.body.data.deleted_at);
      expect(deletedAt).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(res.body.data.purge_after) - deletedAt).toBe(30 * DAY_MS);

      const unknown = await http
        .get('/api/tenant')
        .set({ ...s.headers, 'x-tenant-id': UNKNOWN })
        .expect(404);
      for (const request of [
        http.get('/api/tenant').set(s.headers),
        http.get('/api/tenant/contacts').set(s.headers),
        login(s),
        refresh(s),
      ]) {
        const r = await request;
        expect([r.status, r.body]).toEqual([404, unknown.body]);
      }
      // The platform API still shows it (with its status) and keeps its schema.
      const got = await http.get(`/api/tenants/${s.tenant.id}`).set(adminHeaders).expect(200);
      expect(got.body.data.status).toBe('deleted');
    });

    it('keeps a deleted tenant domain reserved (409 on create and on rename)', async () => {
      const [gone, other] = await Promise.all([createTenant(http), createTenant(http)]);
      await remove(gone.id).expect(200);
      const create = await http.post('/api/tenants').set(adminHeaders).send({ name: 'Taker', domain: gone.domain });
      expect([create.status, create.body]).toEqual([409, { success: false, error: 'domain already exists' }]);
      const rename = await http.patch(`/api/tenants/${other.id}`).set(adminHeaders).send({ domain: gone.domain });
      expect([rename.status, rename.body]).toEqual([409, { success: false, error: 'domain already exists' }]);
    });

    it('answers 409 saying why for transitions a deleted tenant cannot make', async () => {
      const tenant = await createTenant(http);
      await remove(tenant.id).expect(200);
      const again = await remove(tenant.id).expect(200);
      expect(again.body).toMatchObject({ message: 'Tenant was already deleted', data: { status: 'deleted' } });
      expect((await suspend(tenant.id).expect(409)).body).toEqual({
        success: false,
        error: 'Tenant is deleted: restore it before suspending it',
      });
      expect((await op(tenant.id, 'resume').expect(409)).body).toEqual({
        success: false,
        error: 'Tenant is deleted: restore it instead of resuming it',
      });
      const patch = await http.patch(`/api/tenants/${tenant.id}`).set(adminHeaders).send({ name: 'x' }).expect(409);
      expect(patch.body).toEqual({ success: false, error: 'Tenant is deleted: restore it before changing it' });
    });

    it('restores within the window with its data, users and tokens', async () => {
      const s = await createTenantSession(http, 'Restored');
      await http.post('/api/tenant/organizations').set(s.headers).send({ name: 'Globex' }).expect(201);
      await remove(s.tenant.id).expect(200);
      await http.get('/api/tenant').set(s.headers).expect(404);
      const res = await op(s.tenant.id, 'restore').expect(200);
      expect(res.body).toMatchObject({
        message: 'Tenant restored',
        data: { status: 'active', deleted_at: null, purge_after: null },
      });
      const orgs = await http.get('/api/tenant/organizations').set(s.headers).expect(200);
      expect(orgs.body.data.map((o: { name: string }) => o.name)).toEqual(['Globex']);
      await refresh(s).expect(200);
      const noop = await op(s.tenant.id, 'restore').expect(200);
      expect(noop.body).toMatchObject({ message: 'Tenant was not deleted', data: { status: 'active' } });
    });

    it('brings a tenant that was suspended before its deletion back suspended', async () => {
      const tenant = await createTenant(http);
      await suspend(tenant.id, { reason: 'unpaid' }).expect(200);
      await remove(tenant.id).expect(200);
      const res = await op(tenant.id, 'restore').expect(200);
      expect(res.body.data).toMatchObject({ status: 'suspended', suspension_reason: 'unpaid' });
    });

    it('refuses a restore after the retention window with 409', async () => {
      const tenant = await createTenant(http);
      await remove(tenant.id).expect(200);
      await withDatabase((db) =>
        db.query(
          "UPDATE public.tenants SET purge_after = '2020-01-01T00:00:00Z', deleted_at = '2019-12-01T00:00:00Z' WHERE id = $1",
          [tenant.id],
        ),
      );
      const res = await op(tenant.id, 'restore').expect(409);
      expect(res.body).toEqual({
        success: false,
        error: "Tenant's retention window ended at 2020-01-01T00:00:00.000Z: it can no longer be restored",
      });
    });

    it('returns 404 for an unknown tenant and 400 for a bad id', async () => {
      expect((await remove(UNKNOWN).expect(404)).body).toEqual({ success: false, error: 'Tenant not found' });
      expect((await op(UNKNOWN, 'restore').expect(404)).body).toEqual({ success: false, error: 'Tenant not found' });
      expect((await remove('nope').expect(400)).body).toEqual({ success: false, error: 'id must be a UUID' });
    });
  });

  describe('platform audit', () => {
    it('writes one platform audit row per change, in its transaction, with the reason; repeats and refusals none', async () => {
      const tenant = await createTenant(http);
      await http.patch(`/api/tenants/${tenant.id}`).set(adminHeaders).send({ name: 'Renamed' }).expect(200);
      await suspend(tenant.id, { reason: 'unpaid' }).expect(200);
      await suspend(tenant.id, { reason: 'again' }).expect(200);
      await op(tenant.id, 'resume').set('x-request-id', 'resume-req-1').expect(200);
      await remove(tenant.id).expect(200);
      await suspend(tenant.id).expect(409);
      await op(tenant.id, 'restore').expect(200);
      const rows = await withDatabase(async (db) => {
        const { rows } = await db.query(
          'SELECT action, actor_type, reason, details, ip, request_id FROM public.platform_audit_log WHERE tenant_id = $1 ORDER BY seq',
          [tenant.id],
        );
        return rows;
      });
      expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'suspend', 'resume', 'delete', 'restore']);
      expect(rows.every((r) => r.actor_type === 'platform' && r.ip && r.request_id)).toBe(true);
      expect(rows[1].details).toEqual({ changes: { name: { old: 'Acme', new: 'Renamed' } } });
      expect(rows[2]).toMatchObject({
        reason: 'unpaid',
        details: {
          changes: { status: { old: 'active', new: 'suspended' }, suspension_reason: { old: null, new: 'unpaid' } },
        },
      });
      expect(rows[3].request_id).toBe('resume-req-1');
      expect(rows[4].details.changes).toMatchObject({
        status: { old: 'active', new: 'deleted' },
        purge_after: { old: null, new: expect.any(String) },
      });
    });
  });
});
