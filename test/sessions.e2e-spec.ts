import { createTenantSession, createTestApp, type Http, type TenantSession, type TestApp } from './support/app.js';
import { TEST_PASSWORD } from './support/auth.js';
import { ageRotation, familiesOf } from './support/refresh-tokens.js';

const INVALID = { success: false, error: 'Invalid or expired refresh token' };
const REUSED = { success: false, error: 'Refresh token was already used; all sessions of this login are revoked' };

describe('Sessions: logout, revocation and concurrent refreshes', () => {
  let t: TestApp;
  let http: Http;

  beforeAll(async () => {
    t = await createTestApp();
    http = t.http;
  });
  afterAll(() => t.close());

  const refresh = (s: TenantSession, token: string) =>
    http.post('/api/tenant/auth/refresh').set('x-tenant-id', s.tenant.id).send({ refresh_token: token });
  const logout = (s: TenantSession, token: string) =>
    http.post('/api/tenant/auth/logout').set('x-tenant-id', s.tenant.id).send({ refresh_token: token });
  const login = (s: TenantSession, email: string, password = TEST_PASSWORD) =>
    http.post('/api/tenant/auth/login').set('x-tenant-id', s.tenant.id).send({ email, password });
  /** A tenant with its admin and a second user of role `user`, both signed in. */
  const setup = async (name: string) => {
    const s = await createTenantSession(http, name);
    const email = `member@${s.tenant.domain}`;
    const created = await http
      .post('/api/tenant/users')
      .set(s.headers)
      .send({ email, password: TEST_PASSWORD, role: 'user' })
      .expect(201);
    const signedIn = (await login(s, email).expect(200)).body.data;
    const user = {
      id: created.body.data.id as string,
      email,
      refreshToken: signedIn.refresh_token as string,
      headers: { 'x-tenant-id': s.tenant.id, authorization: `Bearer ${signedIn.access_token}` },
    };
    return { s, user };
  };

  describe('changes that end a user’s sessions', () => {
    it('a new password revokes the old refresh token (401); the new password signs in, the old one fails', async () => {
      const { s, user } = await setup('New password');
      await http
        .patch(`/api/tenant/users/${user.id}`)
        .set(s.headers)
        .send({ password: 'a brand new password' })
        .expect(200);
      expect((await refresh(s, user.refreshToken).expect(401)).body).toEqual(INVALID);
      await login(s, user.email, 'a brand new password').expect(200);
      const old = await login(s, user.email).expect(401);
      expect(old.body).toEqual({ success: false, error: 'Invalid email or password' });
    });

    it('a role change revokes the refresh token (401), and the access token already carries the new role', async () => {
      const { s, user } = await setup('Role change');
      await http.patch(`/api/tenant/users/${user.id}`).set(s.headers).send({ role: 'admin' }).expect(200);
      expect((await refresh(s, user.refreshToken).expect(401)).body).toEqual(INVALID);
      await http.get('/api/tenant/users').set(user.headers).expect(200);
    });

    it('a change of name only keeps the sessions', async () => {
      const { s, user } = await setup('Name change');
      await http.patch(`/api/tenant/users/${user.id}`).set(s.headers).send({ first_name: 'Renamed' }).expect(200);
      await http.patch(`/api/tenant/users/${user.id}`).set(s.headers).send({ role: 'user' }).expect(200);
      await refresh(s, user.refreshToken).expect(200);
    });

    it('deleting a user revokes their refresh token (401)', async () => {
      const { s, user } = await setup('Delete user');
      await http.delete(`/api/tenant/users/${user.id}`).set(s.headers).expect(204);
      expect((await refresh(s, user.refreshToken).expect(401)).body).toEqual(INVALID);
    });
  });

  describe('POST /api/tenant/auth/logout', () => {
    it('answers 204 and ends that session only: its token no longer refreshes, another sign-in still does', async () => {
      const { s, user } = await setup('Logout');
      const other = (await login(s, user.email).expect(200)).body.data.refresh_token;
      const res = await logout(s, user.refreshToken).expect(204);
      expect(res.text).toBe('');
      expect((await refresh(s, user.refreshToken).expect(401)).body).toEqual(INVALID);
      await refresh(s, other).expect(200);
    });

    it('ends the whole family: a token rotated a moment ago does not come back through the grace window', async () => {
      const { s, user } = await setup('Logout family');
      const rotated = (await refresh(s, user.refreshToken).expect(200)).body.data.refresh_token;
      await logout(s, rotated).expect(204);
      expect((await refresh(s, rotated).expect(401)).body).toEqual(INVALID);
      expect((await refresh(s, user.refreshToken).expect(401)).body).toEqual(REUSED);
    });

    it('answers 204 for an unknown or already ended token (RFC 7009), and 400 for a bad body', async () => {
      const { s, user } = await setup('Logout unknown');
      await logout(s, 'not-a-token-we-issued').expect(204);
      await logout(s, user.refreshToken).expect(204);
      await logout(s, user.refreshToken).expect(204);
      const bad = await http.post('/api/tenant/auth/logout').set('x-tenant-id', s.tenant.id).send({}).expect(400);
      expect(bad.body.success).toBe(false);
      expect(bad.body.error).toContain('refresh_token');
    });

    it('cannot end a session of another tenant', async () => {
      const { s, user } = await setup('Logout owner');
      const other = await createTenantSession(http, 'Logout other');
      await logout(other, user.refreshToken).expect(204);
      await refresh(s, user.refreshToken).expect(200);
    });
  });

  describe('POST /api/tenant/users/:id/revoke-sessions', () => {
    it('ends every session of the user (204): all their refresh tokens are 401; they can sign in again', async () => {
      const { s, user } = await setup('Revoke all');
      const second = (await login(s, user.email).expect(200)).body.data.refresh_token;
      const res = await http.post(`/api/tenant/users/${user.id}/revoke-sessions`).set(s.headers).expect(204);
      expect(res.text).toBe('');
      for (const token of [user.refreshToken, second]) {
        expect((await refresh(s, token).expect(401)).body).toEqual(INVALID);
      }
      await refresh(s, s.refreshToken).expect(200);
      await login(s, user.email).expect(200);
    });

    it('is for admins only (403), 404 for an unknown user, 400 for a bad id', async () => {
      const { s, user } = await setup('Revoke rules');
      const forbidden = await http
        .post(`/api/tenant/users/${s.admin.id}/revoke-sessions`)
        .set(user.headers)
        .expect(403);
      expect(forbidden.body).toEqual({ success: false, error: 'Your role may not do this' });
      await refresh(s, s.refreshToken).expect(200);
      const missing = await http
        .post('/api/tenant/users/00000000-0000-4000-8000-000000000000/revoke-sessions')
        .set(s.headers)
        .expect(404);
      expect(missing.body).toEqual({ success: false, error: 'User not found' });
      const bad = await http.post('/api/tenant/users/nope/revoke-sessions').set(s.headers).expect(400);
      expect(bad.body).toEqual({ success: false, error: 'id must be a UUID' });
    });
  });

  describe('a refresh token presented twice', () => {
    it('within the grace window, the late refresh gets a new pair of the same family and the winner keeps working', async () => {
      const s = await createTenantSession(http, 'Grace');
      const winner = (await refresh(s, s.refreshToken).expect(200)).body.data;
      const late = (await refresh(s, s.refreshToken).expect(200)).body.data;
      expect(late.refresh_token).not.toBe(winner.refresh_token);
      await http
        .get('/api/tenant/auth/me')
        .set({ 'x-tenant-id': s.tenant.id, authorization: `Bearer ${winner.access_token}` })
        .expect(200);
      await refresh(s, winner.refresh_token).expect(200);
      await refresh(s, late.refresh_token).expect(200);
      const families = await familiesOf(s.tenant.id, [winner.refresh_token, late.refresh_token, s.refreshToken]);
      expect(new Set(families).size).toBe(1);
    });

    it('after the grace window it is a replay: 401, and the whole family (the winner too) is revoked', async () => {
      const s = await createTenantSession(http, 'Replay');
      const winner = (await refresh(s, s.refreshToken).expect(200)).body.data.refresh_token;
      await ageRotation(s.tenant.id, s.refreshToken, 60);
      expect((await refresh(s, s.refreshToken).expect(401)).body).toEqual(REUSED);
      expect((await refresh(s, winner).expect(401)).body).toEqual(INVALID);
    });
  });
});
