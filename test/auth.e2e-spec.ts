import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import {
  createTenantSession,
  createTestApp,
  type Http,
  type TenantSession,
  type TestApp,
  uniqueDomain,
} from './support/app.js';
import { adminHeaders, TEST_PASSWORD } from './support/auth.js';
import { ageRotation } from './support/refresh-tokens.js';

const SECRET = process.env.JWT_SECRET!;
const ISSUER = 'multi-tenant-backend';
const AUDIENCE = 'multi-tenant-backend-api';

function sign(claims: object, options: jwt.SignOptions = {}, secret: jwt.Secret = SECRET): string {
  return jwt.sign(claims, secret, {
    algorithm: 'HS256',
    issuer: ISSUER,
    audience: AUDIENCE,
    expiresIn: 300,
    ...options,
  });
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('Authentication and authorization', () => {
  let t: TestApp;
  let http: Http;
  let a: TenantSession;
  let b: TenantSession;

  beforeAll(async () => {
    t = await createTestApp();
    http = t.http;
    [a, b] = await Promise.all([createTenantSession(http, 'Auth A'), createTenantSession(http, 'Auth B')]);
  });
  afterAll(() => t.close());

  const bearer = (session: TenantSession, token: string) => ({
    'x-tenant-id': session.tenant.id,
    authorization: `Bearer ${token}`,
  });

  describe('login', () => {
    it('returns a bearer token, its lifetime, a refresh token and the user', async () => {
      const res = await http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', a.tenant.id)
        .send({ email: a.admin.email.toUpperCase(), password: TEST_PASSWORD })
        .expect(200);
      expect(res.body).toEqual({
        success: true,
        data: {
          access_token: expect.any(String),
          token_type: 'Bearer',
          expires_in: 900,
          refresh_token: expect.any(String),
          refresh_expires_in: expect.any(Number),
          user: expect.objectContaining({ id: a.admin.id, email: a.admin.email, role: 'admin' }),
        },
      });
      expect(JSON.stringify(res.body)).not.toContain('password');
      const claims = jwt.verify(res.body.data.access_token, SECRET, { algorithms: ['HS256'] }) as jwt.JwtPayload;
      expect(claims).toEqual(
        expect.objectContaining({ sub: a.admin.id, tid: a.tenant.id, role: 'admin', iss: ISSUER, aud: AUDIENCE }),
      );
      expect(claims.exp! - claims.iat!).toBe(900);
    });

    it('answers a wrong password and an unknown email with the same 401 and similar timing', async () => {
      const time = async (email: string) => {
        const started = process.hrtime.bigint();
        const res = await http
          .post('/api/tenant/auth/login')
          .set('x-tenant-id', a.tenant.id)
          .send({ email, password: 'wrong password here' });
        return { res, ms: Number(process.hrtime.bigint() - started) / 1e6 };
      };
      const wrong = await time(a.admin.email);
      const unknown = await time('nobody@example.com');
      for (const { res } of [wrong, unknown]) {
        expect(res.status).toBe(401);
        expect(res.body).toEqual({ success: false, error: 'Invalid email or password' });
      }
      // Both paths run one argon2 verification; without it the unknown email would answer many times faster.
      expect(unknown.ms).toBeGreaterThan(wrong.ms / 4);
    });

    it('rejects a user of another tenant (401) and a bad body (400)', async () => {
      await http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', b.tenant.id)
        .send({ email: a.admin.email, password: TEST_PASSWORD })
        .expect(401);
      await http.post('/api/tenant/auth/login').set('x-tenant-id', a.tenant.id).send({ email: 'x' }).expect(400);
    });
  });

  describe('access tokens', () => {
    it('GET /api/tenant/auth/me returns the current user', async () => {
      const res = await http.get('/api/tenant/auth/me').set(a.headers).expect(200);
      expect(res.body).toEqual({ success: true, data: expect.objectContaining({ id: a.admin.id, role: 'admin' }) });
    });

    it('requires a bearer token on tenant routes (401)', async () => {
      const res = await http.get('/api/tenant/contacts').set('x-tenant-id', a.tenant.id).expect(401);
      expect(res.body).toEqual({ success: false, error: 'A bearer token is required' });
      await http.get('/api/tenant').set({ 'x-tenant-id': a.tenant.id, authorization: 'Basic abc' }).expect(401);
    });

    it('answers a token of tenant A sent with the x-tenant-id of B with 403', async () => {
      const res = await http
        .get('/api/tenant/contacts')
        .set({ ...a.headers, 'x-tenant-id': b.tenant.id })
        .expect(403);
      expect(res.body).toEqual({ success: false, error: 'Token belongs to another tenant' });
    });

    it.each([
      ['tampered', () => tamper(a.headers.authorization.slice(7))],
      ['expired', () => sign({ sub: a.admin.id, tid: a.tenant.id, role: 'admin' }, { expiresIn: -10 })],
      [
        'without exp',
        () =>
          jwt.sign({ sub: a.admin.id, tid: a.tenant.id, role: 'admin' }, SECRET, {
            issuer: ISSUER,
            audience: AUDIENCE,
          }),
      ],
      [
        'alg none',
        () =>
          `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: a.admin.id, tid: a.tenant.id, role: 'admin', iss: ISSUER, aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 })}.`,
      ],
      [
        'signed with another secret',
        () => sign({ sub: a.admin.id, tid: a.tenant.id, role: 'admin' }, {}, 'another-secret-of-at-least-32-bytes!!'),
      ],
      [
        'HS384 (another algorithm)',
        () => sign({ sub: a.admin.id, tid: a.tenant.id, role: 'admin' }, { algorithm: 'HS384' }),
      ],
      [
        'RS256 (HS/RS confusion)',
        () => {
          const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
          return sign({ sub: a.admin.id, tid: a.tenant.id, role: 'admin' }, { algorithm: 'RS256' }, privateKey);
        },
      ],
      [
        'with a wrong issuer',
        () => sign({ sub: a.admin.id, tid: a.tenant.id, role: 'admin' }, { issuer: 'someone-else' }),
      ],
      [
        'with a wrong audience',
        () => sign({ sub: a.admin.id, tid: a.tenant.id, role: 'admin' }, { audience: 'other-api' }),
      ],
    ])('rejects a token %s with 401', async (_name, make) => {
      const res = await http.get('/api/tenant/auth/me').set(bearer(a, make())).expect(401);
      expect(res.body.success).toBe(false);
    });

    it('accepts a token this test signs correctly (the rejections above are about the flaw, not the harness)', async () => {
      const token = sign({ sub: a.admin.id, tid: a.tenant.id, role: 'admin' });
      await http.get('/api/tenant/auth/me').set(bearer(a, token)).expect(200);
    });

    it('refuses a token it has already accepted once the token expires (verified tokens are remembered until exp)', async () => {
      const token = sign({ sub: a.admin.id, tid: a.tenant.id, role: 'admin' }, { expiresIn: 3 });
      const { exp } = jwt.decode(token) as { exp: number };
      await http.get('/api/tenant/auth/me').set(bearer(a, token)).expect(200);
      await http.get('/api/tenant/auth/me').set(bearer(a, token)).expect(200);
      await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
      const res = await http.get('/api/tenant/auth/me').set(bearer(a, token)).expect(401);
      expect(res.body).toEqual({ success: false, error: 'Invalid or expired access token' });
    });

    it("rejects a deleted user's token with 401", async () => {
      const user = await http
        .post('/api/tenant/users')
        .set(a.headers)
        .send({ email: 'leaver@example.com', password: TEST_PASSWORD })
        .expect(201);
      const login = await http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', a.tenant.id)
        .send({ email: 'leaver@example.com', password: TEST_PASSWORD })
        .expect(200);
      const headers = bearer(a, login.body.data.access_token);
      await http.get('/api/tenant/contacts').set(headers).expect(200);
      await http.delete(`/api/tenant/users/${user.body.data.id}`).set(a.headers).expect(204);
      const res = await http.get('/api/tenant/contacts').set(headers).expect(401);
      expect(res.body).toEqual({ success: false, error: 'User no longer exists' });
    });
  });

  describe('roles', () => {
    let userHeaders: Record<string, string>;
    beforeAll(async () => {
      await http
        .post('/api/tenant/users')
        .set(a.headers)
        .send({ email: 'worker@example.com', password: TEST_PASSWORD, role: 'user' })
        .expect(201);
      const login = await http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', a.tenant.id)
        .send({ email: 'worker@example.com', password: TEST_PASSWORD })
        .expect(200);
      userHeaders = bearer(a, login.body.data.access_token);
    });

    it.each(['contacts', 'organizations', 'leads', 'tasks'])('lets a user work with %s', async (path) => {
      await http.get(`/api/tenant/${path}`).set(userHeaders).expect(200);
    });

    it('forbids a user to manage users (403) and lets an admin do it', async () => {
      const res = await http.get('/api/tenant/users').set(userHeaders).expect(403);
      expect(res.body).toEqual({ success: false, error: 'Your role may not do this' });
      await http
        .post('/api/tenant/users')
        .set(userHeaders)
        .send({ email: 'x@example.com', password: TEST_PASSWORD })
        .expect(403);
      await http.get('/api/tenant/users').set(a.headers).expect(200);
    });

    it('applies a role change at once, without a new token', async () => {
      const users = await http.get('/api/tenant/users?q=worker').set(a.headers).expect(200);
      const id = users.body.data[0].id;
      await http.patch(`/api/tenant/users/${id}`).set(a.headers).send({ role: 'admin' }).expect(200);
      await http.get('/api/tenant/users').set(userHeaders).expect(200);
      await http.patch(`/api/tenant/users/${id}`).set(a.headers).send({ role: 'user' }).expect(200);
      await http.get('/api/tenant/users').set(userHeaders).expect(403);
    });
  });

  describe('refresh tokens', () => {
    const refresh = (session: TenantSession, token: string) =>
      http.post('/api/tenant/auth/refresh').set('x-tenant-id', session.tenant.id).send({ refresh_token: token });

    it('rotates: a refresh returns new tokens, and the new access token works', async () => {
      const s = await createTenantSession(http, 'Rotate');
      const res = await refresh(s, s.refreshToken).expect(200);
      expect(res.body.data).toEqual(
        expect.objectContaining({
          access_token: expect.any(String),
          refresh_token: expect.any(String),
          token_type: 'Bearer',
        }),
      );
      expect(res.body.data.refresh_token).not.toBe(s.refreshToken);
      await http.get('/api/tenant/auth/me').set(bearer(s, res.body.data.access_token)).expect(200);
      await refresh(s, res.body.data.refresh_token).expect(200);
    });

    it('revokes the whole family when a rotated token is used again after the grace window', async () => {
      const s = await createTenantSession(http, 'Reuse');
      const first = await refresh(s, s.refreshToken).expect(200);
      await ageRotation(s.tenant.id, s.refreshToken, 60);
      const reuse = await refresh(s, s.refreshToken).expect(401);
      expect(reuse.body.error).toContain('already used');
      // The token handed out by the legitimate rotation is revoked as well.
      await refresh(s, first.body.data.refresh_token).expect(401);
      // Another login starts a new family that still works.
      const login = await http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', s.tenant.id)
        .send({ email: s.admin.email, password: TEST_PASSWORD })
        .expect(200);
      await refresh(s, login.body.data.refresh_token).expect(200);
    });

    it('does not sign the user out when two refreshes with one token race: both get a pair, both keep working', async () => {
      const s = await createTenantSession(http, 'Race');
      const results = await Promise.all([refresh(s, s.refreshToken), refresh(s, s.refreshToken)]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const [one, two] = results.map((r) => r.body.data.refresh_token as string);
      expect(one).not.toBe(two);
      // The winner's next refresh works (before the grace window, the loser used to revoke the family).
      await refresh(s, one).expect(200);
      await refresh(s, two).expect(200);
    });

    it('rejects an unknown token, a token of another tenant (401) and a bad body (400)', async () => {
      await refresh(a, 'not-a-real-token').expect(401);
      const s = await createTenantSession(http, 'Elsewhere');
      await refresh(a, s.refreshToken).expect(401);
      await http.post('/api/tenant/auth/refresh').set('x-tenant-id', a.tenant.id).send({}).expect(400);
    });
  });

  describe('platform administration (/api/tenants)', () => {
    it.each([
      ['without a key', {}],
      ['with a wrong key', { 'x-api-key': 'wrong' }],
      ['with a key one character off', { 'x-api-key': `${adminHeaders['x-api-key'].slice(0, -1)}x` }],
    ])('answers 401 %s', async (_name, headers) => {
      for (const res of [
        await http.get('/api/tenants').set(headers),
        await http.get(`/api/tenants/${a.tenant.id}`).set(headers),
        await http.post('/api/tenants').set(headers).send({ name: 'X', domain: uniqueDomain() }),
      ]) {
        expect(res.status).toBe(401);
        expect(res.body).toEqual({ success: false, error: 'A valid x-api-key header is required' });
      }
    });

    it('creates the first admin with the tenant and never returns the password', async () => {
      const domain = uniqueDomain();
      const res = await http
        .post('/api/tenants')
        .set(adminHeaders)
        .send({
          name: 'With admin',
          domain,
          admin: { email: 'Boss@Example.com', password: TEST_PASSWORD, first_name: 'Bo' },
        })
        .expect(201);
      expect(res.body.data.admin).toEqual(
        expect.objectContaining({ email: 'boss@example.com', role: 'admin', first_name: 'Bo' }),
      );
      expect(JSON.stringify(res.body)).not.toContain(TEST_PASSWORD);
      await http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', res.body.data.id)
        .send({ email: 'boss@example.com', password: TEST_PASSWORD })
        .expect(200);
    });

    it('rejects an invalid first admin with 400 and creates nothing', async () => {
      const domain = uniqueDomain();
      const res = await http
        .post('/api/tenants')
        .set(adminHeaders)
        .send({ name: 'Bad admin', domain, admin: { email: 'boss@example.com', password: 'short' } })
        .expect(400);
      expect(res.body.error).toContain('password');
      await http
        .get('/api/tenants?limit=200')
        .set(adminHeaders)
        .expect(200)
        .expect((r) => {
          expect(r.body.data.map((x: { domain: string }) => x.domain)).not.toContain(domain);
        });
    });
  });
});

function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  // Same signature, longer life: the signature no longer matches the payload.
  return `${header}.${b64({ ...claims, exp: claims.exp + 3600 })}.${signature}`;
}
