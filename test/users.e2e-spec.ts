import { createTenantSession, createTestApp, type Http, type TestApp, uniqueDomain } from './support/app.js';
import { adminHeaders, TEST_PASSWORD } from './support/auth.js';

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
