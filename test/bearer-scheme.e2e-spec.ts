import { createTenantSession, createTestApp, type TenantSession, type TestApp } from './support/app.js';

describe('Authorization scheme (RFC 9110: case-insensitive)', () => {
  let t: TestApp;
  let s: TenantSession;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    s = await createTenantSession(t.http, 'Bearer scheme');
    token = s.headers.authorization.slice('Bearer '.length);
  });
  afterAll(() => t.close());

  const me = (authorization: string) =>
    t.http.get('/api/tenant/auth/me').set('x-tenant-id', s.tenant.id).set('authorization', authorization);

  it.each(['bearer', 'BEARER', 'bEaReR', 'Bearer'])('accepts the %s scheme', async (scheme) => {
    const res = await me(`${scheme} ${token}`).expect(200);
    expect(res.body).toEqual({ success: true, data: expect.objectContaining({ id: s.admin.id }) });
  });

  it('accepts more than one space between the scheme and the token', async () => {
    await me(`bearer   ${token}`).expect(200);
  });

  it.each(['Basic TOKEN', 'bearerTOKEN', 'bearer', 'token TOKEN'])('refuses %j with 401', async (header) => {
    const res = await me(header.replace('TOKEN', token)).expect(401);
    expect(res.body).toEqual({ success: false, error: 'A bearer token is required' });
  });
});
