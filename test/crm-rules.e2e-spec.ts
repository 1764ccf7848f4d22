import { createTenantSession, createTestApp, type Http, type TenantSession, type TestApp } from './support/app.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('CRM field rules, references and filters', () => {
  let t: TestApp;
  let s: TenantSession;
  let http: Http;
  const post = (path: string, body: object) => http.post(`/api/tenant/${path}`).set(s.headers).send(body);
  const get = (path: string) => http.get(`/api/tenant/${path}`).set(s.headers);

  beforeAll(async () => {
    t = await createTestApp();
    http = t.http;
    s = await createTenantSession(http, 'Rules');
  });
  afterAll(() => t.close());

  describe('field validation', () => {
    it.each([
      ['contacts', { first_name: 'A', email: 'not-an-email' }, 'email'],
      ['leads', { title: 'T', status: 'pending' }, 'status'],
      ['leads', { title: 'T', value: -1 }, 'value'],
      ['leads', { title: 'T', value: '12' }, 'value'],
      ['leads', { title: 'T', value: 12.345 }, 'value must have at most 2 decimal places'],
      // Exponent notation used to throw inside class-validator's decimal-places check (a 500).
      ['leads', { title: 'T', value: 1e-7 }, 'value must have at most 2 decimal places'],
      ['tasks', { title: 'T', status: 'started' }, 'status'],
      ['tasks', { title: 'T', priority: 'urgent' }, 'priority'],
      ['tasks', { title: 'T', due_at: 'tomorrow' }, 'due_at'],
      ['tasks', { title: 'T', due_at: '2026-13-45T99:00:00Z' }, 'due_at'],
      ['users', { email: 'short@example.com', password: 'elevenchars' }, 'password'],
      ['users', { email: 'role@example.com', password: 'a long enough secret', role: 'root' }, 'role'],
      ['users', { email: 'nope', password: 'a long enough secret' }, 'email'],
      ['organizations', { name: '   ' }, 'name'],
    ])('%s rejects %j with 400 naming %s', async (path, body, field) => {
      const res = await post(path, body).expect(400);
      expect(res.body.success).toBe(false);
      expect(res.body.error).toContain(field);
    });

    it('applies defaults: leads are new, tasks are open with normal priority', async () => {
      const lead = await post('leads', { title: 'Defaults', value: 1500.25 }).expect(201);
      expect(lead.body.data).toEqual(expect.objectContaining({ status: 'new', value: 1500.25 }));
      const task = await post('tasks', { title: 'Defaults', due_at: '2026-12-01T09:30:00+01:00' }).expect(201);
      expect(task.body.data).toEqual(
        expect.objectContaining({ status: 'open', priority: 'normal', due_at: '2026-12-01T08:30:00.000Z' }),
      );
    });

    it('keeps a required field required on update (null is a 400)', async () => {
      const org = await post('organizations', { name: 'Keep' }).expect(201);
      const res = await http
        .patch(`/api/tenant/organizations/${org.body.data.id}`)
        .set(s.headers)
        .send({ name: null })
        .expect(400);
      expect(res.body.error).toContain('name');
    });

    it('clears an optional field with null on update', async () => {
      const org = await post('organizations', { name: 'Clear', industry: 'Retail' }).expect(201);
      const res = await http
        .patch(`/api/tenant/organizations/${org.body.data.id}`)
        .set(s.headers)
        .send({ industry: null })
        .expect(200);
      expect(res.body.data.industry).toBeNull();
    });
  });

  describe('users', () => {
    it('hashes the password and never returns it or its hash', async () => {
      const created = await post('users', {
        email: 'Hidden@Example.com',
        password: 'never shown anywhere',
        first_name: 'Hid',
        role: 'admin',
      }).expect(201);
      expect(created.body.data).toEqual({
        id: expect.any(String),
        email: 'hidden@example.com',
        first_name: 'Hid',
        last_name: null,
        role: 'admin',
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
      const id = created.body.data.id;
      const patched = await http
        .patch(`/api/tenant/users/${id}`)
        .set(s.headers)
        .send({ password: 'another long secret' })
        .expect(200);
      const signIn = (password: string) =>
        http
          .post('/api/tenant/auth/login')
          .set('x-tenant-id', s.tenant.id)
          .send({ email: 'hidden@example.com', password });
      await signIn('another long secret').expect(200);
      expect((await signIn('never shown anywhere').expect(401)).body).toEqual({
        success: false,
        error: 'Invalid email or password',
      });
      const list = await get('users').expect(200);
      const one = await get(`users/${id}`).expect(200);
      for (const body of [created.body, patched.body, list.body, one.body]) {
        const text = JSON.stringify(body);
        expect(text).not.toContain('password');
        expect(text).not.toContain('argon2');
        expect(text).not.toContain('never shown anywhere');
      }
    });

    it('returns 409 for an email already used in the tenant, whatever its case', async () => {
      await post('users', { email: 'twice@example.com', password: 'a long enough secret' }).expect(201);
      const res = await post('users', { email: 'TWICE@example.com', password: 'a long enough secret' }).expect(409);
      expect(res.body).toEqual({ success: false, error: 'email already exists' });
      const other = await post('users', { email: 'other@example.com', password: 'a long enough secret' }).expect(201);
      await http
        .patch(`/api/tenant/users/${other.body.data.id}`)
        .set(s.headers)
        .send({ email: 'Twice@Example.com' })
        .expect(409);
    });

    it('lets another tenant use the same email', async () => {
      const other = await createTenantSession(http, 'Other');
      await post('users', { email: 'shared@example.com', password: 'a long enough secret' }).expect(201);
      await http
        .post('/api/tenant/users')
        .set(other.headers)
        .send({ email: 'shared@example.com', password: 'a long enough secret' })
        .expect(201);
    });
  });

  describe('references', () => {
    it.each([
      ['contacts', { first_name: 'Ref', organization_id: MISSING }, 'organization_id'],
      ['leads', { title: 'Ref', contact_id: MISSING }, 'contact_id'],
      ['leads', { title: 'Ref', organization_id: MISSING }, 'organization_id'],
      ['leads', { title: 'Ref', owner_id: MISSING }, 'owner_id'],
      ['tasks', { title: 'Ref', lead_id: MISSING }, 'lead_id'],
      ['tasks', { title: 'Ref', contact_id: MISSING }, 'contact_id'],
      ['tasks', { title: 'Ref', assignee_id: MISSING }, 'assignee_id'],
    ])('%s with a missing reference %j is a 400 naming %s', async (path, body, field) => {
      const res = await post(path, body).expect(400);
      expect(res.body).toEqual({ success: false, error: `${field} does not reference an existing record` });
    });

    it('rejects a reference to another tenant’s row as missing (400)', async () => {
      const other = await createTenantSession(http, 'Foreign');
      const foreignOrg = await http
        .post('/api/tenant/organizations')
        .set(other.headers)
        .send({ name: 'Foreign org' })
        .expect(201);
      const res = await post('contacts', { first_name: 'X', organization_id: foreignOrg.body.data.id }).expect(400);
      expect(res.body.error).toBe('organization_id does not reference an existing record');
    });

    it('rejects a missing reference on update too (400)', async () => {
      const contact = await post('contacts', { first_name: 'Upd' }).expect(201);
      const res = await http
        .patch(`/api/tenant/contacts/${contact.body.data.id}`)
        .set(s.headers)
        .send({ organization_id: MISSING })
        .expect(400);
      expect(res.body.error).toBe('organization_id does not reference an existing record');
    });

    it('deleting a referenced row clears the references to it and deletes nothing else', async () => {
      const org = await post('organizations', { name: 'Doomed' }).expect(201);
      const user = await post('users', { email: 'owner@example.com', password: 'a long enough secret' }).expect(201);
      const contact = await post('contacts', { first_name: 'Kept', organization_id: org.body.data.id }).expect(201);
      const lead = await post('leads', {
        title: 'Kept lead',
        organization_id: org.body.data.id,
        contact_id: contact.body.data.id,
        owner_id: user.body.data.id,
      }).expect(201);
      const task = await post('tasks', {
        title: 'Kept task',
        lead_id: lead.body.data.id,
        contact_id: contact.body.data.id,
        assignee_id: user.body.data.id,
      }).expect(201);

      await http.delete(`/api/tenant/organizations/${org.body.data.id}`).set(s.headers).expect(204);
      await http.delete(`/api/tenant/users/${user.body.data.id}`).set(s.headers).expect(204);
      await http.delete(`/api/tenant/contacts/${contact.body.data.id}`).set(s.headers).expect(204);
      await http.delete(`/api/tenant/leads/${lead.body.data.id}`).set(s.headers).expect(204);

      const keptTask = await get(`tasks/${task.body.data.id}`).expect(200);
      expect(keptTask.body.data).toEqual(
        expect.objectContaining({ lead_id: null, contact_id: null, assignee_id: null, title: 'Kept task' }),
      );
    });
  });

  describe('list filters', () => {
    // Its own tenant, so the rows these filters expect are the only ones; the session above is left alone.
    let f: TenantSession;
    let orgId: string;
    const add = (path: string, body: object) => http.post(`/api/tenant/${path}`).set(f.headers).send(body);
    const list = (path: string) => http.get(`/api/tenant/${path}`).set(f.headers);
    beforeAll(async () => {
      f = await createTenantSession(http, 'Filters');
      orgId = (await add('organizations', { name: 'Initech' }).expect(201)).body.data.id;
      await add('contacts', { first_name: 'Peter', last_name: 'Gibbons', organization_id: orgId }).expect(201);
      await add('contacts', { first_name: 'Milton', email: 'MILTON@initech.example' }).expect(201);
      await add('contacts', { first_name: '100% Bob' }).expect(201);
      await add('leads', { title: 'Stapler', status: 'won', organization_id: orgId }).expect(201);
      await add('leads', { title: 'TPS reports', status: 'lost' }).expect(201);
      await add('tasks', { title: 'Fix printer', priority: 'high', status: 'done' }).expect(201);
      await add('tasks', { title: 'Find stapler', description: 'red one' }).expect(201);
    });

    const names = (res: { body: { data: Record<string, string>[] } }, key: string) => res.body.data.map((r) => r[key]);

    it('q searches names and email case-insensitively', async () => {
      expect(names(await list('contacts?q=GIBB').expect(200), 'first_name')).toEqual(['Peter']);
      expect(names(await list('contacts?q=milton@').expect(200), 'first_name')).toEqual(['Milton']);
      expect(names(await list('organizations?q=init').expect(200), 'name')).toEqual(['Initech']);
      expect(names(await list('tasks?q=RED').expect(200), 'title')).toEqual(['Find stapler']);
      expect(names(await list('leads?q=stap').expect(200), 'title')).toEqual(['Stapler']);
    });

    it('treats % and _ in q literally', async () => {
      expect(names(await list('contacts?q=%25').expect(200), 'first_name')).toEqual(['100% Bob']);
      expect(names(await list('contacts?q=_').expect(200), 'first_name')).toEqual([]);
    });

    it('filters by status, priority and foreign keys', async () => {
      expect(names(await list('leads?status=won').expect(200), 'title')).toEqual(['Stapler']);
      expect(names(await list(`leads?organization_id=${orgId}`).expect(200), 'title')).toEqual(['Stapler']);
      expect(names(await list(`contacts?organization_id=${orgId}`).expect(200), 'first_name')).toEqual(['Peter']);
      expect(names(await list('tasks?status=open').expect(200), 'title')).toEqual(['Find stapler']);
      expect(names(await list('tasks?priority=high').expect(200), 'title')).toEqual(['Fix printer']);
      expect(names(await list('tasks?status=done&priority=low').expect(200), 'title')).toEqual([]);
    });

    it.each(['leads?status=pending', 'contacts?organization_id=abc', 'tasks?assignee_id=1', 'users?role=root'])(
      'rejects the bad filter %s with 400',
      async (path) => {
        const res = await list(path).expect(400);
        expect(res.body.success).toBe(false);
      },
    );
  });
});

describe('users and logs', () => {
  it.each(['pretty', 'json'] as const)(
    'never writes a password, its hash, a token, an API key or a cookie to a %s log line, even at verbose level',
    async (logFormat) => {
      const written: string[] = [];
      const capture = (stream: NodeJS.WriteStream) => {
        const original = stream.write.bind(stream);
        // Captured, not passed on: the suite's output stays readable.
        stream.write = ((chunk: unknown) => {
          written.push(String(chunk));
          return true;
        }) as typeof stream.write;
        return () => (stream.write = original);
      };
      const app = await createTestApp(undefined, ['error', 'warn', 'log', 'debug', 'verbose'], { logFormat });
      const restore = [capture(process.stdout), capture(process.stderr)];
      let tokens: string[] = [];
      try {
        const s = await createTenantSession(app.http, 'Logs');
        const secret = 'log-canary-password-123';
        const cookie = 'session=log-canary-cookie';
        const created = await app.http
          .post('/api/tenant/users')
          .set({ ...s.headers, cookie })
          .send({ email: 'canary@example.com', password: secret })
          .expect(201);
        await app.http.post('/api/tenant/users').set(s.headers).send({ email: 'bad', password: secret }).expect(400);
        await app.http
          .post('/api/tenant/users')
          .set(s.headers)
          .send({ email: 'canary@example.com', password: secret })
          .expect(409);
        await app.http
          .patch(`/api/tenant/users/${created.body.data.id}`)
          .set(s.headers)
          .send({ password: `${secret}-2` })
          .expect(200);
        const refreshed = await app.http
          .post('/api/tenant/auth/refresh')
          .set('x-tenant-id', s.tenant.id)
          .send({ refresh_token: s.refreshToken })
          .expect(200);
        // A wrong platform key (401) and a refused token are logged too, without their values.
        await app.http.get('/api/tenants').set('x-api-key', 'log-canary-api-key-0123456789abcdef').expect(401);
        await app.http
          .get('/api/tenant')
          .set({ ...s.headers, authorization: 'Bearer log-canary-token' })
          .expect(401);
        tokens = [
          s.headers.authorization.slice('Bearer '.length),
          s.refreshToken,
          refreshed.body.data.access_token,
          refreshed.body.data.refresh_token,
          process.env.ADMIN_API_KEY!,
        ];
        expect(written.join('')).toContain(logFormat === 'json' ? '"route":"/api/tenant/users"' : '/api/tenant/users');
      } finally {
        restore.forEach((r) => r());
        await app.close();
      }
      const logs = written.join('');
      expect(logs).not.toContain('log-canary');
      expect(logs).not.toContain('$argon2');
      for (const token of tokens) expect(logs).not.toContain(token);
    },
  );
});
