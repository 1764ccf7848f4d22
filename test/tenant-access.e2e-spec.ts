import { readFileSync } from 'node:fs';
import { TenantAccess } from '../src/platform/identity/tenant-access.js';
import { createTenantSession, createTestApp, type Http, type TenantSession, type TestApp } from './support/app.js';
import { TEST_PASSWORD } from './support/auth.js';

const BAD_JSON = '{"first_name": ';

/** The tenant routes of the committed contract, as Fastify names them (`/api/tenant/contacts/:id`). */
function contractTenantRoutes(): Array<[string, string]> {
  const document = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/api/tenant/'))
    .flatMap(([path, operations]) =>
      Object.keys(operations).map((method): [string, string] => [
        method.toUpperCase(),
        path.replace(/\{(\w+)\}/g, ':$1'),
      ]),
    );
}

describe('Tenant routes are checked before the body is read', () => {
  let t: TestApp;
  let http: Http;
  let session: TenantSession;

  beforeAll(async () => {
    t = await createTestApp();
    http = t.http;
    session = await createTenantSession(http, 'Access hook');
  });
  afterAll(() => t.close());

  /** A POST whose JSON body is cut off: a 400 for anyone whose headers get it as far as the body. */
  const postBadJson = (path: string, headers: Record<string, string>) =>
    http.post(path).set(headers).set('content-type', 'application/json').send(BAD_JSON);

  it('knows the access rule of every tenant route in the contract, so each is checked in the onRequest hook', () => {
    const access = t.app.get(TenantAccess);
    const routes = contractTenantRoutes();
    expect(routes.length).toBeGreaterThan(30);
    const unknown = routes.filter(([method, url]) => access.routeAccess(method, url) === undefined);
    expect(unknown).toEqual([]);
    expect(access.routeAccess('POST', '/api/tenant/auth/login')).toEqual({ public: true, roles: undefined });
    expect(access.routeAccess('GET', '/api/tenant/webhooks')).toEqual({ public: false, roles: ['admin'] });
    expect(access.routeAccess('GET', '/api/tenant/contacts/:id')).toEqual({ public: false, roles: undefined });
  });

  it('answers 401 to a request without a token, whatever its body holds', async () => {
    const res = await postBadJson('/api/tenant/contacts', { 'x-tenant-id': session.tenant.id }).expect(401);
    expect(res.body).toEqual({ success: false, error: 'A bearer token is required' });
  });

  it("answers 403 to a user without the route's role, whatever its body holds", async () => {
    const email = `member@${session.tenant.domain}`;
    await http
      .post('/api/tenant/users')
      .set(session.headers)
      .send({ email, password: TEST_PASSWORD, role: 'user' })
      .expect(201);
    const login = await http
      .post('/api/tenant/auth/login')
      .set('x-tenant-id', session.tenant.id)
      .send({ email, password: TEST_PASSWORD })
      .expect(200);
    const res = await postBadJson('/api/tenant/webhooks', {
      'x-tenant-id': session.tenant.id,
      authorization: `Bearer ${login.body.data.access_token}`,
    }).expect(403);
    expect(res.body).toEqual({ success: false, error: 'Your role may not do this' });
  });

  it('still reads the body of a public route, whose limits need it', async () => {
    const res = await postBadJson('/api/tenant/auth/login', { 'x-tenant-id': session.tenant.id }).expect(400);
    expect(res.body.success).toBe(false);
  });

  it('answers a signed-in request with a bad body with the 400 for its body', async () => {
    const res = await postBadJson('/api/tenant/contacts', session.headers).expect(400);
    expect(res.body.success).toBe(false);
  });

  it('checks a HEAD request, which Fastify adds for each GET route, like its GET', async () => {
    await http.head('/api/tenant/contacts').set('x-tenant-id', session.tenant.id).expect(401);
    await http.head('/api/tenant/contacts').set(session.headers).expect(200);
  });
});
