import {
  createTenantSession,
  createTestApp,
  type Http,
  type TenantSession,
  type TestApp,
  withDatabase,
} from './support/app.js';
import { gql } from './support/graphql.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

interface ResourceCase {
  path: string;
  create: Record<string, unknown>;
  required: string;
  patch: Record<string, unknown>;
}

const resources: ResourceCase[] = [
  { path: 'organizations', create: { name: 'Globex' }, required: 'name', patch: { industry: 'Energy' } },
  { path: 'contacts', create: { first_name: 'Ann' }, required: 'first_name', patch: { last_name: 'Lee' } },
  { path: 'leads', create: { title: 'Big deal' }, required: 'title', patch: { status: 'qualified' } },
  { path: 'tasks', create: { title: 'Call back' }, required: 'title', patch: { status: 'done' } },
  {
    path: 'users',
    create: { email: 'crud@example.com', password: 'a long enough secret' },
    required: 'email',
    patch: { first_name: 'Ada' },
  },
];

describe('CRM resources (/api/tenant/<resource>)', () => {
  let t: TestApp;
  let s: TenantSession;
  let http: Http;
  beforeAll(async () => {
    t = await createTestApp();
    http = t.http;
    s = await createTenantSession(http, 'CRM');
  });
  afterAll(() => t.close());

  describe.each(resources)('$path', ({ path, create, required, patch }) => {
    const url = `/api/tenant/${path}`;

    it('creates (201), reads (200), updates (200), lists and deletes (204) a row', async () => {
      const created = await http.post(url).set(s.headers).send(create).expect(201);
      expect(created.body).toEqual({ success: true, data: expect.objectContaining({ id: expect.any(String) }) });
      const id = created.body.data.id;

      const got = await http.get(`${url}/${id}`).set(s.headers).expect(200);
      expect(got.body).toEqual({ success: true, data: created.body.data });

      const updated = await http.patch(`${url}/${id}`).set(s.headers).send(patch).expect(200);
      expect(updated.body.data).toEqual(expect.objectContaining({ ...patch, id }));
      expect(new Date(updated.body.data.updated_at).getTime()).toBeGreaterThanOrEqual(
        new Date(created.body.data.updated_at).getTime(),
      );

      const list = await http.get(url).set(s.headers).expect(200);
      expect(list.body.data.map((r: { id: string }) => r.id)).toContain(id);
      expect(list.body.meta).toEqual({ limit: 50, next_cursor: null });

      await http.delete(`${url}/${id}`).set(s.headers).expect(204, '');
      await http.get(`${url}/${id}`).set(s.headers).expect(404);
    });

    it('returns 400 without the required field, with an unknown field, or with a wrong type', async () => {
      const { [required]: _omitted, ...withoutRequired } = create;
      const missing = await http.post(url).set(s.headers).send(withoutRequired).expect(400);
      expect(missing.body.success).toBe(false);
      expect(missing.body.error).toContain(required);
      const unknown = await http
        .post(url)
        .set(s.headers)
        .send({ ...create, tenant_id: MISSING })
        .expect(400);
      expect(unknown.body.error).toContain('tenant_id should not exist');
      const wrongType = await http
        .post(url)
        .set(s.headers)
        .send({ ...create, [required]: 42 })
        .expect(400);
      expect(wrongType.body.error).toContain(required);
    });

    it('returns 404 for GET, PATCH and DELETE of a row that is not there, and 400 for a non-UUID id', async () => {
      for (const res of [
        await http.get(`${url}/${MISSING}`).set(s.headers),
        await http.patch(`${url}/${MISSING}`).set(s.headers).send(patch),
        await http.delete(`${url}/${MISSING}`).set(s.headers),
      ]) {
        expect(res.status).toBe(404);
        expect(res.body).toEqual({ success: false, error: expect.stringContaining('not found') });
      }
      const bad = await http.get(`${url}/123`).set(s.headers).expect(400);
      expect(bad.body).toEqual({ success: false, error: 'id must be a UUID' });
      await http.patch(`${url}/123`).set(s.headers).send(patch).expect(400);
      await http.delete(`${url}/123`).set(s.headers).expect(400);
    });

    it('rejects unknown fields on update and bad list parameters with 400', async () => {
      const created = await http.post(url).set(s.headers).send(uniqueCreate(create)).expect(201);
      await http.patch(`${url}/${created.body.data.id}`).set(s.headers).send({ id: MISSING }).expect(400);
      await http.get(`${url}?limit=500`).set(s.headers).expect(400);
      await http.get(`${url}?cursor=nope`).set(s.headers).expect(400);
      await http.get(`${url}?colour=red`).set(s.headers).expect(400);
    });

    it('requires x-tenant-id (400) and a known tenant (404)', async () => {
      await http.get(url).expect(400);
      await http.get(url).set('x-tenant-id', MISSING).expect(404);
    });
  });

  it('shows timestamps as ISO 8601 UTC with milliseconds, the database value, in REST and GraphQL alike', async () => {
    const due = '2031-02-03T04:05:06.789654Z'; // microseconds: shown truncated to milliseconds, as a Date did
    const task = (await http.post('/api/tenant/tasks').set(s.headers).send({ title: 'Stamp', due_at: due }).expect(201))
      .body.data;
    const stored = await withDatabase((db) =>
      db.query<{ created_at: string; updated_at: string }>(
        `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
                to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at
         FROM "tenant_${s.tenant.id.replace(/-/g, '_')}".tasks WHERE id = $1`,
        [task.id],
      ),
    );
    const expected = { due_at: '2031-02-03T04:05:06.789Z', ...stored.rows[0] };
    const pick = (row: Record<string, unknown>) => ({
      due_at: row.due_at,
      created_at: row.created_at,
      updated_at: row.updated_at,
    });
    expect(pick(task)).toEqual(expected);
    expect(pick((await http.get(`/api/tenant/tasks/${task.id}`).set(s.headers).expect(200)).body.data)).toEqual(
      expected,
    );
    const listed = (await http.get('/api/tenant/tasks?q=Stamp').set(s.headers).expect(200)).body.data;
    expect(listed.map(pick)).toEqual([expected]);
    const viaGraphql = await gql(http, s.headers, `{ task(id: "${task.id}") { due_at created_at updated_at } }`).expect(
      200,
    );
    expect(viaGraphql.body).toEqual({ data: { task: expected } });
  });
});

let unique = 0;
/** Users must have distinct emails; other resources are returned unchanged. */
function uniqueCreate(create: Record<string, unknown>): Record<string, unknown> {
  unique += 1;
  return typeof create.email === 'string' ? { ...create, email: `u${unique}-${create.email}` } : create;
}
