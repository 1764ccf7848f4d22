import { createTenantSession, createTestApp, type Http, type TenantSession, type TestApp } from './support/app.js';

const TENANTS = 40;
const ROWS_PER_TENANT = 5;

describe('CRM isolation and pagination under concurrency', () => {
  let t: TestApp;
  let http: Http;
  beforeAll(async () => {
    t = await createTestApp();
    http = t.http;
  });
  afterAll(() => t.close());

  it(`never lets one of ${TENANTS} tenants see, update or delete another tenant's rows`, async () => {
    const sessions: TenantSession[] = [];
    for (let i = 0; i < TENANTS; i += 10) {
      sessions.push(
        ...(await Promise.all(Array.from({ length: 10 }, (_, j) => createTenantSession(http, `Iso ${i + j}`)))),
      );
    }
    // Every tenant writes its rows at the same time.
    const created = await Promise.all(
      sessions.map(async (s, i) => {
        const rows = await Promise.all(
          Array.from({ length: ROWS_PER_TENANT }, (_, r) =>
            http
              .post('/api/tenant/contacts')
              .set(s.headers)
              .send({ first_name: `T${i}`, last_name: `row ${r}` }),
          ),
        );
        rows.forEach((res) => expect(res.status).toBe(201));
        return rows.map((res) => res.body.data.id as string);
      }),
    );

    // Every tenant lists at the same time and sees exactly its own rows.
    const lists = await Promise.all(sessions.map((s) => http.get('/api/tenant/contacts?limit=200').set(s.headers)));
    lists.forEach((res, i) => {
      expect(res.status).toBe(200);
      expect(res.body.data.map((r: { id: string }) => r.id).sort()).toEqual([...created[i]].sort());
      expect(new Set(res.body.data.map((r: { first_name: string }) => r.first_name))).toEqual(new Set([`T${i}`]));
    });

    // Every tenant tries to read, update and delete its neighbour's first row: all 404.
    const attacks = await Promise.all(
      sessions.map(async (s, i) => {
        const victim = created[(i + 1) % TENANTS][0];
        return Promise.all([
          http.get(`/api/tenant/contacts/${victim}`).set(s.headers),
          http.patch(`/api/tenant/contacts/${victim}`).set(s.headers).send({ first_name: 'pwned' }),
          http.delete(`/api/tenant/contacts/${victim}`).set(s.headers),
        ]);
      }),
    );
    attacks.flat().forEach((res) => expect(res.status).toBe(404));

    // The victims' rows are untouched.
    const after = await Promise.all(
      sessions.map((s, i) => http.get(`/api/tenant/contacts/${created[i][0]}`).set(s.headers)),
    );
    after.forEach((res, i) => {
      expect(res.status).toBe(200);
      expect(res.body.data.first_name).toBe(`T${i}`);
    });
  }, 180_000); // 40 tenants, each with a first admin hashed at the default argon2 cost: ~25 s alone, a minute under load

  it('pages without gaps or overlaps while rows are being inserted', async () => {
    const s = await createTenantSession(http, 'Paging');
    const original: string[] = [];
    for (let i = 0; i < 30; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          http
            .post('/api/tenant/contacts')
            .set(s.headers)
            .send({ first_name: `Original ${i + j}` }),
        ),
      );
      original.push(...batch.map((res) => res.body.data.id));
    }

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/tenant/contacts?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      // Inserts racing with every page: newer rows must not shift the pages being read.
      const [page] = await Promise.all([
        http.get(url).set(s.headers),
        http
          .post('/api/tenant/contacts')
          .set(s.headers)
          .send({ first_name: `Late ${pages}` }),
        http
          .post('/api/tenant/contacts')
          .set(s.headers)
          .send({ first_name: `Later ${pages}` }),
      ]);
      expect(page.status).toBe(200);
      seen.push(...page.body.data.map((r: { id: string }) => r.id));
      cursor = page.body.meta.next_cursor;
      pages += 1;
    } while (cursor && pages < 20);

    const late = seen.filter((id) => !original.includes(id));
    const originalSeen = seen.filter((id) => original.includes(id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(originalSeen.sort()).toEqual([...original].sort());
    // Only rows inserted before the first page was read can appear, and only at its top.
    expect(late.length).toBeLessThanOrEqual(2);
  });
});
