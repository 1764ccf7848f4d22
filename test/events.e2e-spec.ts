import type { TestApp, TenantSession } from './support/app.js';

Object.assign(process.env, {
  // Long on purpose: events must not wait for a poll (a committed change wakes the workers).
  JOBS_POLL_INTERVAL_MS: '5000',
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  EVENTS_AUTH_TIMEOUT_MS: '500',
  EVENTS_MAX_CONNECTIONS_PER_TENANT: '3',
  EVENTS_HEARTBEAT_MS: '300',
});
const { createTenantSession, createTestApp, withDatabase } = await import('./support/app.js');
const { eventually } = await import('./support/wait.js');
const { WebhookReceiver } = await import('./support/webhook-receiver.js');
const { bearer, openSocket } = await import('./support/ws-client.js');
const { adminHeaders, TEST_PASSWORD } = await import('./support/auth.js');
const { default: jwt } = await import('jsonwebtoken');
const { default: pg } = await import('pg');

describe('Events: WebSocket /api/tenant/events and webhooks from committed changes', () => {
  let t: TestApp;
  let base = '';
  let a: TenantSession;
  let b: TenantSession;
  const receiver = new WebhookReceiver();
  let hooks = '';

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = await t.app.getUrl();
    base = base.replace('[::1]', '127.0.0.1');
    hooks = await receiver.start();
    [a, b] = await Promise.all([createTenantSession(t.http, 'Events A'), createTenantSession(t.http, 'Events B')]);
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });

  it('sends a tenant its own committed changes only, with ids and changed field names', async () => {
    const sa = openSocket(base, { tenant_id: a.tenant.id, access_token: bearer(a.headers) });
    const sb = openSocket(base, undefined, { 'x-tenant-id': b.tenant.id, authorization: b.headers.authorization });
    expect(await sa.ready).toEqual({ type: 'ready', tenant_id: a.tenant.id, user_id: a.admin.id });
    await sb.ready;
    const committed = Date.now();
    const created = await t.http.post('/api/tenant/contacts').set(a.headers).send({ first_name: 'Ann' }).expect(201);
    await eventually(() => sa.messages.some((m) => m.type === 'event'), 10_000, 'the first event');
    expect(Date.now() - committed).toBeLessThan(3_000); // well under the 5 s poll
    const lead = await t.http.post('/api/tenant/leads').set(b.headers).send({ title: 'Deal' }).expect(201);
    await t.http.patch(`/api/tenant/leads/${lead.body.data.id}`).set(b.headers).send({ status: 'won' }).expect(200);
    const events = (s: typeof sa) =>
      s.messages
        .filter((m) => m.type === 'event')
        .map((m) => m.event as { type: string; tenant_id: string; data: unknown });
    await eventually(() => events(sa).length >= 1 && events(sb).length >= 3, 10_000, 'the events');
    expect(events(sa)).toEqual([
      expect.objectContaining({
        type: 'contact.created',
        tenant_id: a.tenant.id,
        data: { id: created.body.data.id, changed: expect.arrayContaining(['first_name']) },
      }),
    ]);
    expect(events(sb).map((e) => e.type)).toEqual(['lead.created', 'lead.updated', 'lead.status_changed']);
    expect(events(sb).every((e) => e.tenant_id === b.tenant.id)).toBe(true);
    sa.close();
    sb.close();
  });

  it("announces a tenant's writes on the events channel only while a replica holds a listener lease on it", async () => {
    const c = await createTenantSession(t.http, 'Events lease');
    const notified: string[] = [];
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    try {
      listener.on('notification', (n) => {
        const message = JSON.parse(n.payload ?? '{}') as { kind?: string; tenant_id?: string; resource_id?: string };
        if (message.kind === 'audit' && message.tenant_id === c.tenant.id) notified.push(message.resource_id!);
      });
      await listener.query('LISTEN mtb_events');
      const leases = () =>
        withDatabase(async (db) => {
          const { rows } = await db.query<{ live: boolean }>(
            "SELECT expires_at > now() + interval '50 seconds' AS live FROM public.live_event_listeners WHERE tenant_id = $1",
            [c.tenant.id],
          );
          return rows;
        });
      const create = async (name: string) =>
        (await t.http.post('/api/tenant/contacts').set(c.headers).send({ first_name: name }).expect(201)).body.data
          .id as string;
      // Nobody listens: the write is not announced at all.
      const unheard = await create('Unheard');
      expect(await leases()).toEqual([]);
      // A socket is ready only once its replica holds a lease: from then on every write is announced.
      const socket = openSocket(base, { tenant_id: c.tenant.id, access_token: bearer(c.headers) });
      await socket.ready;
      expect(await leases()).toEqual([{ live: true }]);
      const heard = await create('Heard');
      await eventually(() => notified.includes(heard), 5_000, 'the announcement of the write');
      await eventually(() => socket.messages.some((m) => m.type === 'event'), 5_000, 'the socket event');
      // A lease that ended (a replica that went away) announces nothing.
      await withDatabase((db) =>
        db.query(
          "UPDATE public.live_event_listeners SET expires_at = now() - interval '1 second' WHERE tenant_id = $1",
          [c.tenant.id],
        ),
      );
      const afterExpiry = await create('After expiry');
      await new Promise((r) => setTimeout(r, 300)); // an announcement would arrive within this time
      expect(notified).toEqual([heard]);
      expect(notified).not.toContain(unheard);
      expect(notified).not.toContain(afterExpiry);
      socket.close();
    } finally {
      await listener.end();
    }
  });

  it.each([
    [{ tenant_id: 'nope', access_token: 'x' }, 4400, 'tenant_id must be a UUID'],
    [{ tenant_id: '00000000-0000-4000-8000-000000000000', access_token: 'x' }, 4404, 'Tenant not found'],
    [{ tenant_id: 'A', access_token: 'not.a.token' }, 4401, 'Invalid or expired access token'],
    [{ tenant_id: 'A', access_token: '' }, 4401, 'An access token is required'],
    [{ tenant_id: 'A', access_token: 'B' }, 4403, 'Token belongs to another tenant'],
  ])('closes the socket with a clear code for %j', async (auth, code, reason) => {
    const resolved = {
      tenant_id: auth.tenant_id === 'A' ? a.tenant.id : auth.tenant_id,
      access_token: auth.access_token === 'B' ? bearer(b.headers) : auth.access_token,
    };
    const s = openSocket(base, resolved);
    expect(await s.closed).toEqual({ code, reason });
  });

  it('ends and refuses the sockets of a suspended tenant (4403) and refuses those of a deleted one (4404)', async () => {
    const s = await createTenantSession(t.http, 'Events suspended');
    const auth = { tenant_id: s.tenant.id, access_token: bearer(s.headers) };
    const open = openSocket(base, auth);
    await open.ready;
    await t.http.post(`/api/tenants/${s.tenant.id}/suspend`).set(adminHeaders).send({}).expect(200);
    // The open socket ends when the tenant is suspended (change channel), and new ones are refused.
    expect(await open.closed).toEqual({ code: 4403, reason: 'Tenant is suspended' });
    expect(await openSocket(base, auth).closed).toEqual({ code: 4403, reason: 'Tenant is suspended' });
    await t.http.delete(`/api/tenants/${s.tenant.id}`).set(adminHeaders).expect(200);
    expect(await openSocket(base, auth).closed).toEqual({ code: 4404, reason: 'Tenant not found' });
  });

  it('closes a socket that does not authenticate in time, or whose first message is not an auth message', async () => {
    expect(await openSocket(base).closed).toEqual({ code: 4408, reason: 'Authenticate within the time allowed' });
    const s = openSocket(base);
    s.ws.on('open', () => s.ws.send('hello'));
    expect(await s.closed).toEqual({ code: 4400, reason: 'The first message must be JSON' });
  });

  it('limits the sockets of one tenant on one process (4429)', async () => {
    const auth = { tenant_id: a.tenant.id, access_token: bearer(a.headers) };
    const open = [openSocket(base, auth), openSocket(base, auth), openSocket(base, auth)];
    await Promise.all(open.map((s) => s.ready));
    expect(await openSocket(base, auth).closed).toEqual({ code: 4429, reason: 'Too many connections for this tenant' });
    open.forEach((s) => s.close());
    await Promise.all(open.map((s) => s.closed));
  });

  it('ends the socket of a user who is deleted', async () => {
    const email = `ws-${Date.now()}@example.com`;
    const user = await t.http
      .post('/api/tenant/users')
      .set(a.headers)
      .send({ email, password: TEST_PASSWORD })
      .expect(201);
    const login = await t.http
      .post('/api/tenant/auth/login')
      .set('x-tenant-id', a.tenant.id)
      .send({ email, password: TEST_PASSWORD })
      .expect(200);
    const s = openSocket(base, { tenant_id: a.tenant.id, access_token: login.body.data.access_token });
    await s.ready;
    await t.http.delete(`/api/tenant/users/${user.body.data.id}`).set(a.headers).expect(204);
    expect(await s.closed).toEqual({ code: 4401, reason: 'User no longer exists' });
  });

  it('delivers a committed change as a webhook once, and never the change that failed', async () => {
    const s = await createTenantSession(t.http, 'Events webhooks');
    const sub = await t.http
      .post('/api/tenant/webhooks')
      .set(s.headers)
      .send({ url: `${hooks}/crm`, events: ['organization.created', 'organization.deleted'] })
      .expect(201);
    receiver.secret = sub.body.data.secret;
    receiver.received.length = 0;
    // Fails inside the database (a reference to a missing row): nothing committed, so no event.
    await t.http
      .post('/api/tenant/contacts')
      .set(s.headers)
      .send({ first_name: 'X', organization_id: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    const org = await t.http.post('/api/tenant/organizations').set(s.headers).send({ name: 'Globex' }).expect(201);
    await t.http.delete(`/api/tenant/organizations/${org.body.data.id}`).set(s.headers).expect(204);
    await eventually(() => receiver.received.length >= 2, 10_000, 'two deliveries');
    // Deliveries are independent jobs: their order is not guaranteed (receivers order by occurred_at).
    const bodies = receiver.received.map((r) => JSON.parse(r.body)).sort((x, y) => x.type.localeCompare(y.type));
    expect(bodies.map((x) => x.type)).toEqual(['organization.created', 'organization.deleted']);
    expect(bodies[0].data).toEqual({ id: org.body.data.id, changes: { name: { new: 'Globex' } } });
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(2);
    const { rows } = await withDatabase((c) =>
      c.query(`SELECT count(*)::int AS n FROM public.jobs WHERE tenant_id = $1 AND name = 'webhook.deliver'`, [
        s.tenant.id,
      ]),
    );
    expect(rows[0].n).toBe(2);
  });

  it('closes the socket when its access token expires', async () => {
    // A token like the app's, but expiring in two seconds (the shortest configurable lifetime is 30 s).
    const token = jwt.sign({ sub: a.admin.id, tid: a.tenant.id, role: 'admin' }, process.env.JWT_SECRET!, {
      algorithm: 'HS256',
      expiresIn: 2,
      issuer: 'multi-tenant-backend',
      audience: 'multi-tenant-backend-api',
    });
    const s = openSocket(base, { tenant_id: a.tenant.id, access_token: token });
    await s.ready;
    const started = Date.now();
    expect(await s.closed).toEqual({ code: 4401, reason: 'Access token expired' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('drops a peer that stops answering pings, and keeps one that answers', async () => {
    const auth = { tenant_id: b.tenant.id, access_token: bearer(b.headers) };
    const dead = openSocket(base, auth, undefined, { autoPong: false });
    const alive = openSocket(base, auth);
    await Promise.all([dead.ready, alive.ready]);
    expect((await dead.closed).code).toBe(1006);
    expect(alive.ws.readyState).toBe(alive.ws.OPEN);
    alive.close();
    await alive.closed;
  });
});
