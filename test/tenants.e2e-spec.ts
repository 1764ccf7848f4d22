import { createTestApp, type TestApp, uniqueDomain, withDatabase } from './support/app.js';
import { adminHeaders } from './support/auth.js';

describe('Tenants API (/api/tenants)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('creates a tenant with a trimmed name and a lower-cased domain (201)', async () => {
    const domain = uniqueDomain('Create');
    const res = await t.http
      .post('/api/tenants')
      .set(adminHeaders)
      .send({ name: '  Acme Corp  ', domain: domain.toUpperCase() })
      .expect(201);
    expect(res.body).toEqual({
      success: true,
      message: 'Tenant created',
      data: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Acme Corp',
        domain: domain.toLowerCase(),
        status: 'active',
        suspended_at: null,
        suspension_reason: null,
        deleted_at: null,
        purge_after: null,
        schema_version: expect.stringMatching(/^\d+$/),
        created_at: expect.any(String),
        updated_at: expect.any(String),
      },
    });
  });

  it('creates the tenant schema with every tenant table in the same request', async () => {
    const res = await t.http
      .post('/api/tenants')
      .set(adminHeaders)
      .send({ name: 'Schema', domain: uniqueDomain() })
      .expect(201);
    const schema = `tenant_${res.body.data.id.replace(/-/g, '_')}`;
    const tables = await withDatabase(async (db) => {
      const { rows } = await db.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1',
        [schema],
      );
      return rows.map((r) => r.table_name);
    });
    // arrayContaining: resources added later (`nest g tenant-resource`) bring more tables.
    expect(tables).toEqual(
      expect.arrayContaining([
        'contacts',
        'leads',
        'organizations',
        'refresh_tokens',
        'schema_migrations',
        'tasks',
        'users',
      ]),
    );
  });

  it.each([
    [{ domain: 'ok.example.com' }, 'name'],
    [{ name: '   ', domain: 'ok.example.com' }, 'name'],
    [{ name: 'x'.repeat(101), domain: 'ok.example.com' }, 'name'],
    [{ name: 'Acme' }, 'domain'],
    [{ name: 'Acme', domain: 'not a host' }, 'domain'],
    [{ name: 'Acme', domain: 'localhost' }, 'domain'],
    [{ name: 'Acme', domain: 42 }, 'domain'],
    [{ name: 'Acme', domain: 'ok.example.com', plan: 'gold' }, 'plan'],
  ])('rejects an invalid body %j with 400 naming %s', async (body, field) => {
    const res = await t.http.post('/api/tenants').set(adminHeaders).send(body).expect(400);
    expect(res.body.success).toBe(false);
    expect(res.body.error).toContain(field);
  });

  it('returns 409 when the domain is taken, whatever its case', async () => {
    const domain = uniqueDomain();
    await t.http.post('/api/tenants').set(adminHeaders).send({ name: 'First', domain }).expect(201);
    const res = await t.http
      .post('/api/tenants')
      .set(adminHeaders)
      .send({ name: 'Second', domain: domain.toUpperCase() })
      .expect(409);
    expect(res.body).toEqual({ success: false, error: 'domain already exists' });
  });

  it('lets exactly one of 12 concurrent requests for one domain win; the rest get 409', async () => {
    const domain = uniqueDomain('race');
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.http
          .post('/api/tenants')
          .set(adminHeaders)
          .send({ name: `Racer ${i}`, domain: i % 2 ? domain.toUpperCase() : domain }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(11).fill(409)]);
    const rows = await withDatabase((db) => db.query('SELECT id FROM public.tenants WHERE domain = $1', [domain]));
    expect(rows.rowCount).toBe(1);
  });

  it('gets a tenant by id (200), 404 when unknown, 400 when not a UUID', async () => {
    const created = await t.http
      .post('/api/tenants')
      .set(adminHeaders)
      .send({ name: 'Get', domain: uniqueDomain() })
      .expect(201);
    const res = await t.http.get(`/api/tenants/${created.body.data.id}`).set(adminHeaders).expect(200);
    expect(res.body).toEqual({ success: true, data: created.body.data });
    const missing = await t.http.get('/api/tenants/00000000-0000-4000-8000-000000000000').set(adminHeaders).expect(404);
    expect(missing.body).toEqual({ success: false, error: 'Tenant not found' });
    const bad = await t.http.get('/api/tenants/not-a-uuid').set(adminHeaders).expect(400);
    expect(bad.body.success).toBe(false);
  });

  it('lists newest first and pages with an opaque cursor, without gaps or overlaps', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.http
        .post('/api/tenants')
        .set(adminHeaders)
        .send({ name: `Page ${i}`, domain: uniqueDomain('page') })
        .expect(201);
      ids.push(res.body.data.id);
    }
    const first = await t.http.get('/api/tenants?limit=2').set(adminHeaders).expect(200);
    expect(first.body.data.map((x: { id: string }) => x.id)).toEqual([ids[4], ids[3]]);
    expect(first.body.meta).toEqual({ limit: 2, next_cursor: expect.any(String) });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = cursor ? `/api/tenants?limit=3&cursor=${encodeURIComponent(cursor)}` : '/api/tenants?limit=3';
      const page = await t.http.get(url).set(adminHeaders).expect(200);
      seen.push(...page.body.data.map((x: { id: string }) => x.id));
      cursor = page.body.meta.next_cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const total = await withDatabase((db) =>
      db.query("SELECT count(*)::int AS n FROM public.tenants WHERE status <> 'deleted'"),
    );
    expect(seen.length).toBe(total.rows[0].n);
  });

  it('defaults the page size to 50', async () => {
    const res = await t.http.get('/api/tenants').set(adminHeaders).expect(200);
    expect(res.body.meta.limit).toBe(50);
  });

  it.each(['0', '201', 'abc', '1.5'])('rejects limit=%s with 400', async (limit) => {
    const res = await t.http.get(`/api/tenants?limit=${limit}`).set(adminHeaders).expect(400);
    expect(res.body.success).toBe(false);
    expect(res.body.error).toContain('limit');
  });

  it.each(['garbage', Buffer.from('["x","y"]').toString('base64url'), Buffer.from('{}').toString('base64url')])(
    'rejects a malformed cursor %s with 400',
    async (cursor) => {
      const res = await t.http.get(`/api/tenants?cursor=${cursor}`).set(adminHeaders).expect(400);
      expect(res.body).toEqual({ success: false, error: 'cursor is malformed' });
    },
  );
});
