import { createTenantSession, createTestApp, type TestApp, type TenantSession } from './support/app.js';
import { adminHeaders, TEST_PASSWORD } from './support/auth.js';

describe('Audit log API', () => {
  let t: TestApp;
  let s: TenantSession;
  let orgId: string;
  let contactId: string;
  beforeAll(async () => {
    t = await createTestApp();
    s = await createTenantSession(t.http, 'Audit API');
    const org = await t.http.post('/api/tenant/organizations').set(s.headers).send({ name: 'Initech' }).expect(201);
    orgId = org.body.data.id;
    const contact = await t.http.post('/api/tenant/contacts').set(s.headers).send({ first_name: 'Ann' }).expect(201);
    contactId = contact.body.data.id;
    await t.http.patch(`/api/tenant/contacts/${contactId}`).set(s.headers).send({ last_name: 'Lee' }).expect(200);
  });
  afterAll(() => t.close());

  it('lists the tenant audit log newest first for an admin', async () => {
    const res = await t.http.get('/api/tenant/audit-log').set(s.headers).expect(200);
    expect(res.body.success).toBe(true);
    const crud = res.body.data.filter((r: { resource: string }) => r.resource !== 'users');
    expect(crud.map((r: { action: string; resource: string }) => `${r.action} ${r.resource}`)).toEqual([
      'update contacts',
      'create contacts',
      'create organizations',
    ]);
    expect(crud[0]).toEqual({
      seq: expect.any(Number),
      id: expect.any(String),
      created_at: expect.any(String),
      actor_type: 'user',
      actor_id: s.admin.id,
      action: 'update',
      resource: 'contacts',
      resource_id: contactId,
      changes: { last_name: { old: null, new: 'Lee' } },
      details: null,
      reason: null,
      ip: expect.any(String),
      request_id: expect.any(String),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const seqs = res.body.data.map((r: { seq: number }) => r.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(res.body.meta).toEqual({ limit: 50, next_cursor: null });
  });

  it('pages with an opaque cursor without gaps or repeats', async () => {
    const all = await t.http.get('/api/tenant/audit-log?limit=200').set(s.headers).expect(200);
    const seen: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 20; i += 1) {
      const res: { body: { data: { seq: number }[]; meta: { next_cursor: string | null } } } = await t.http
        .get(`/api/tenant/audit-log?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
        .set(s.headers)
        .expect(200);
      seen.push(...res.body.data.map((r) => r.seq));
      cursor = res.body.meta.next_cursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(all.body.data.map((r: { seq: number }) => r.seq));
  });

  it.each([
    ['resource=organizations', ['create organizations']],
    [`resource=contacts&action=create`, ['create contacts']],
    ['action=update', ['update contacts']],
  ])('filters by %s', async (query, expected) => {
    const res = await t.http.get(`/api/tenant/audit-log?${query}`).set(s.headers).expect(200);
    expect(res.body.data.map((r: { action: string; resource: string }) => `${r.action} ${r.resource}`)).toEqual(
      expected,
    );
  });

  it('filters by resource_id and actor_id', async () => {
    const byResource = await t.http.get(`/api/tenant/audit-log?resource_id=${orgId}`).set(s.headers).expect(200);
    expect(byResource.body.data.map((r: { resource_id: string }) => r.resource_id)).toEqual([orgId]);
    const other = '00000000-0000-4000-8000-000000000000';
    const byOther = await t.http.get(`/api/tenant/audit-log?actor_id=${other}`).set(s.headers).expect(200);
    expect(byOther.body.data).toEqual([]);
    const byAdmin = await t.http.get(`/api/tenant/audit-log?actor_id=${s.admin.id}&resource=contacts`).set(s.headers);
    expect(byAdmin.body.data).toHaveLength(2);
  });

  it('filters by since and until', async () => {
    const all = await t.http.get('/api/tenant/audit-log?resource=contacts').set(s.headers).expect(200);
    const [update, create] = all.body.data as { created_at: string }[];
    const since = await t.http
      .get(`/api/tenant/audit-log?resource=contacts&since=${update.created_at}`)
      .set(s.headers)
      .expect(200);
    expect(since.body.data).toHaveLength(1);
    const until = await t.http
      .get(`/api/tenant/audit-log?resource=contacts&until=${update.created_at}`)
      .set(s.headers)
      .expect(200);
    expect(until.body.data.map((r: { created_at: string }) => r.created_at)).toEqual(
      update.created_at === create.created_at ? [] : [create.created_at],
    );
    const future = await t.http.get('/api/tenant/audit-log?since=2999-01-01T00:00:00Z').set(s.headers).expect(200);
    expect(future.body.data).toEqual([]);
  });

  it.each([
    ['actor_id=42', 'actor_id must be a UUID'],
    ['resource=Contacts;drop', 'resource must be a resource name'],
    ['action=%20', 'action must be an action name'],
    ['since=yesterday', 'since must be an ISO 8601 date-time'],
    ['until=2026-13-45', 'until must be an ISO 8601 date-time'],
    ['since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z', 'since must not be after until'],
    ['limit=0', 'limit must not be less than 1'],
    ['cursor=bm90LWEtY3Vyc29y', 'cursor is malformed'],
    ['resource_id=' + 'x'.repeat(201), 'resource_id must be shorter than or equal to 200 characters'],
    ['color=red', 'property color should not exist'],
  ])('answers 400 for %s', async (query, error) => {
    const res = await t.http.get(`/api/tenant/audit-log?${query}`).set(s.headers).expect(400);
    expect(res.body).toEqual({ success: false, error: expect.stringContaining(error) });
  });

  it('is for admins only: a user gets 403, no token 401', async () => {
    const email = `plain-${Date.now()}@example.com`;
    await t.http.post('/api/tenant/users').set(s.headers).send({ email, password: TEST_PASSWORD }).expect(201);
    const login = await t.http
      .post('/api/tenant/auth/login')
      .set('x-tenant-id', s.tenant.id)
      .send({ email, password: TEST_PASSWORD })
      .expect(200);
    const res = await t.http
      .get('/api/tenant/audit-log')
      .set({ 'x-tenant-id': s.tenant.id, authorization: `Bearer ${login.body.data.access_token}` })
      .expect(403);
    expect(res.body).toEqual({ success: false, error: 'Your role may not do this' });
    const anonymous = await t.http.get('/api/tenant/audit-log').set('x-tenant-id', s.tenant.id).expect(401);
    expect(anonymous.body).toEqual({ success: false, error: 'A bearer token is required' });
  });

  it('never shows one tenant the rows of another', async () => {
    const other = await createTenantSession(t.http, 'Audit API other');
    await t.http.post('/api/tenant/organizations').set(other.headers).send({ name: 'Other org' }).expect(201);
    const mine = await t.http.get('/api/tenant/audit-log?limit=200').set(s.headers).expect(200);
    expect(JSON.stringify(mine.body.data)).not.toContain('Other org');
    const theirs = await t.http.get('/api/tenant/audit-log?resource=organizations').set(other.headers).expect(200);
    expect(theirs.body.data).toHaveLength(1);
    expect(theirs.body.data[0].changes).toEqual({ name: { new: 'Other org' } });
  });

  describe('GET /api/tenants/:id/audit-log', () => {
    it('gives the platform rows of one tenant', async () => {
      const res = await t.http.get(`/api/tenants/${s.tenant.id}/audit-log`).set(adminHeaders).expect(200);
      expect(res.body).toEqual({
        success: true,
        data: [
          {
            seq: 1,
            id: expect.any(String),
            tenant_id: s.tenant.id,
            created_at: expect.any(String),
            actor_type: 'platform',
            action: 'create',
            reason: null,
            details: { name: 'Audit API', domain: s.tenant.domain, admin_email: s.admin.email },
            ip: expect.any(String),
            request_id: expect.any(String),
            hash: expect.stringMatching(/^[0-9a-f]{64}$/),
          },
        ],
        meta: { limit: 50, next_cursor: null },
      });
    });

    it('answers 401 without the key, 400 for a bad id or cursor, 404 for an unknown tenant', async () => {
      const noKey = await t.http.get(`/api/tenants/${s.tenant.id}/audit-log`).expect(401);
      expect(noKey.body).toEqual({ success: false, error: 'A valid x-api-key header is required' });
      const badId = await t.http.get('/api/tenants/nope/audit-log').set(adminHeaders).expect(400);
      expect(badId.body).toEqual({ success: false, error: 'id must be a UUID' });
      const badCursor = await t.http
        .get(`/api/tenants/${s.tenant.id}/audit-log?cursor=xyz`)
        .set(adminHeaders)
        .expect(400);
      expect(badCursor.body).toEqual({ success: false, error: 'cursor is malformed' });
      const unknown = await t.http
        .get('/api/tenants/00000000-0000-4000-8000-000000000000/audit-log')
        .set(adminHeaders)
        .expect(404);
      expect(unknown.body).toEqual({ success: false, error: 'Tenant not found' });
    });
  });
});
