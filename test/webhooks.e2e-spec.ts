import type { TestApp, TenantSession } from './support/app.js';

Object.assign(process.env, {
  JOBS_POLL_INTERVAL_MS: '50',
  WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_RETRY_MAX_MS: '400',
  WEBHOOK_MAX_ATTEMPTS: '3',
  WEBHOOK_TIMEOUT_MS: '500',
});
const { createTenantSession, createTestApp, withDatabase } = await import('./support/app.js');
const { eventually } = await import('./support/wait.js');
const { WebhookReceiver } = await import('./support/webhook-receiver.js');
const { TEST_PASSWORD } = await import('./support/auth.js');
const { DatabaseService } = await import('../src/platform/database/database.service.js');
const { TenantContext } = await import('../src/platform/tenancy/tenant-context.js');
const { TenantResolver } = await import('../src/platform/tenancy/tenant-resolver.service.js');
const { WebhookDeliveryJob } = await import('../src/platform/webhooks/webhook-delivery.job.js');

describe('Webhooks', () => {
  let t: TestApp;
  const receiver = new WebhookReceiver();
  let base = '';

  beforeAll(async () => {
    t = await createTestApp();
    base = await receiver.start();
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });
  beforeEach(() => {
    receiver.received.length = 0;
    receiver.reply = () => ({ status: 204 });
  });

  /** Emits an event the way a committed change does: inside a transaction of that tenant. */
  async function emit(
    s: TenantSession,
    type: string,
    data: Record<string, unknown>,
    rollBack = false,
  ): Promise<string> {
    const tenant = (await t.app.get(TenantResolver).resolve(s.tenant.id))!;
    const event = {
      id: crypto.randomUUID(),
      type,
      tenant_id: s.tenant.id,
      occurred_at: new Date().toISOString(),
      data,
    };
    const change = () =>
      t.app.get(DatabaseService).withTenantSchema(tenant.schema, async (tx) => {
        await t.app.get(WebhookDeliveryJob).enqueue(tx, s.tenant.id, event);
        if (rollBack) throw new Error('rolled back');
      });
    await t.app
      .get(TenantContext)
      .run(tenant, () => change().catch((err: Error) => expect(err.message).toBe('rolled back')));
    return event.id;
  }

  async function subscribe(s: TenantSession, events = ['contact.created'], path = '/hook') {
    const res = await t.http
      .post('/api/tenant/webhooks')
      .set(s.headers)
      .send({ url: `${base}${path}`, events })
      .expect(201);
    receiver.secret = res.body.data.secret;
    return res.body.data as { id: string; secret: string };
  }

  describe('subscriptions', () => {
    let s: TenantSession;
    beforeAll(async () => {
      s = await createTenantSession(t.http, 'Webhook CRUD');
    });

    it('creates a subscription and shows its secret once', async () => {
      const res = await t.http
        .post('/api/tenant/webhooks')
        .set(s.headers)
        .send({ url: `${base}/a`, events: ['contact.created', 'lead.status_changed'] })
        .expect(201);
      expect(res.body).toEqual({
        success: true,
        data: expect.objectContaining({
          url: `${base}/a`,
          events: ['contact.created', 'lead.status_changed'],
          active: true,
          status: 'healthy',
          secret: expect.stringMatching(/^whsec_/),
        }),
        message: 'Store the secret now: it is not shown again',
      });
      const id = res.body.data.id;
      const got = await t.http.get(`/api/tenant/webhooks/${id}`).set(s.headers).expect(200);
      expect(got.body.data.secret).toBeUndefined();
      expect(got.body.data.id).toBe(id);
      const list = await t.http.get('/api/tenant/webhooks').set(s.headers).expect(200);
      expect(list.body.data.map((w: { id: string }) => w.id)).toContain(id);
      expect(list.body.data.every((w: object) => !('secret' in w))).toBe(true);
      expect(list.body.meta).toEqual({ limit: 50, next_cursor: null });
    });

    it('updates and deletes a subscription; 404 afterwards and for unknown ids', async () => {
      const { id } = await subscribe(s);
      const patched = await t.http
        .patch(`/api/tenant/webhooks/${id}`)
        .set(s.headers)
        .send({ active: false, events: ['task.deleted'] })
        .expect(200);
      expect(patched.body.data).toEqual(expect.objectContaining({ id, active: false, events: ['task.deleted'] }));
      await t.http.delete(`/api/tenant/webhooks/${id}`).set(s.headers).expect(204);
      const gone = await t.http.get(`/api/tenant/webhooks/${id}`).set(s.headers).expect(404);
      expect(gone.body).toEqual({ success: false, error: 'Webhook subscription not found' });
      const del = await t.http.delete(`/api/tenant/webhooks/${id}`).set(s.headers).expect(404);
      expect(del.body).toEqual({ success: false, error: 'Webhook subscription not found' });
      const deliveries = await t.http.get(`/api/tenant/webhooks/${id}/deliveries`).set(s.headers).expect(404);
      expect(deliveries.body).toEqual({ success: false, error: 'Webhook subscription not found' });
    });

    it.each([
      [
        { url: 'http://10.0.0.1/hook', events: ['contact.created'] },
        'url resolves to a private or reserved address (10.0.0.1)',
      ],
      [
        { url: 'http://169.254.169.254/latest', events: ['contact.created'] },
        'url resolves to a private or reserved address (169.254.169.254)',
      ],
      [
        { url: 'http://[::1]:80/hook', events: ['contact.created'] },
        'url resolves to a private or reserved address (::1)',
      ],
      [
        { url: 'http://[::ffff:169.254.169.254]/hook', events: ['contact.created'] },
        'url resolves to a private or reserved address (::ffff:a9fe:a9fe)',
      ],
      [{ url: 'http://user:pw@127.0.0.1/hook', events: ['contact.created'] }, 'url must not contain credentials'],
      [{ url: 'ftp://127.0.0.1/hook', events: ['contact.created'] }, 'url must be an http or https URL'],
      [{ url: 'http://127.0.0.1/hook', events: [] }, 'events must contain at least 1 elements'],
      [
        { url: 'http://127.0.0.1/hook', events: ['user.created'] },
        'events must be event types such as contact.created',
      ],
      [
        { url: 'http://127.0.0.1/hook', events: ['contact.created', 'contact.created'] },
        "All events's elements must be unique",
      ],
      [
        { url: 'http://127.0.0.1/hook', events: ['contact.created'], secret: 'mine' },
        'property secret should not exist',
      ],
    ])('returns 400 for %j', async (body, error) => {
      const res = await t.http.post('/api/tenant/webhooks').set(s.headers).send(body).expect(400);
      expect(res.body.success).toBe(false);
      expect(res.body.error).toContain(error);
    });

    it('answers a PATCH with "url": null with 400 and keeps the url', async () => {
      const { id } = await subscribe(s);
      const before = await t.http.get(`/api/tenant/webhooks/${id}`).set(s.headers).expect(200);
      const res = await t.http.patch(`/api/tenant/webhooks/${id}`).set(s.headers).send({ url: null }).expect(400);
      expect(res.body.success).toBe(false);
      expect(res.body.error).toContain('url must be an http or https URL');
      const after = await t.http.get(`/api/tenant/webhooks/${id}`).set(s.headers).expect(200);
      expect(after.body.data.url).toBe(before.body.data.url);
    });

    it('is for admins only (403 for a user), and a tenant sees only its own subscriptions', async () => {
      const email = `user-${Date.now()}@example.com`;
      await t.http.post('/api/tenant/users').set(s.headers).send({ email, password: TEST_PASSWORD }).expect(201);
      const login = await t.http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', s.tenant.id)
        .send({ email, password: TEST_PASSWORD })
        .expect(200);
      const userHeaders = { ...s.headers, authorization: `Bearer ${login.body.data.access_token}` };
      const res = await t.http.get('/api/tenant/webhooks').set(userHeaders).expect(403);
      expect(res.body).toEqual({ success: false, error: 'Your role may not do this' });

      const { id } = await subscribe(s);
      const other = await createTenantSession(t.http, 'Webhook other');
      const foreign = await t.http.get(`/api/tenant/webhooks/${id}`).set(other.headers).expect(404);
      expect(foreign.body).toEqual({ success: false, error: 'Webhook subscription not found' });
      const otherList = await t.http.get('/api/tenant/webhooks').set(other.headers).expect(200);
      expect(otherList.body.data).toEqual([]);
    });
  });

  describe('deliveries', () => {
    it('signs each delivery, retries a failing receiver with backoff, and lists every attempt', async () => {
      const s = await createTenantSession(t.http, 'Webhook retries');
      const sub = await subscribe(s);
      receiver.reply = (n) => ({ status: n <= 2 ? 503 : 200 });
      const eventId = await emit(s, 'contact.created', { id: 'c1', changes: { first_name: { new: 'Ann' } } });
      await eventually(() => receiver.received.length === 3, 10_000, 'three attempts');
      expect(receiver.received.every((r) => r.verified)).toBe(true);
      const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
      expect(ids.size).toBe(1);
      const body = JSON.parse(receiver.received[2].body);
      expect(body).toEqual({
        id: eventId,
        type: 'contact.created',
        tenant_id: s.tenant.id,
        occurred_at: expect.any(String),
        data: { id: 'c1', changes: { first_name: { new: 'Ann' } } },
      });
      const res = await eventually(async () => {
        const r = await t.http.get(`/api/tenant/webhooks/${sub.id}/deliveries`).set(s.headers);
        return r.body.data?.length === 3 && r;
      });
      expect(res.status).toBe(200);
      expect(res.body.data.map((a: { status_code: number }) => a.status_code)).toEqual([200, 503, 503]);
      expect(res.body.data.map((a: { attempt: number }) => a.attempt)).toEqual([3, 2, 1]);
      expect(res.body.data[0]).toEqual(
        expect.objectContaining({
          delivery_id: [...ids][0],
          event_id: eventId,
          event_type: 'contact.created',
          succeeded: true,
          error: null,
          latency_ms: expect.any(Number),
        }),
      );
      expect(res.body.data[1]).toEqual(expect.objectContaining({ succeeded: false, error: 'Receiver answered 503' }));
    });

    it('never delivers the event of a rolled-back change, and a committed one once per delivery id', async () => {
      const s = await createTenantSession(t.http, 'Webhook commit');
      await subscribe(s, ['lead.status_changed']);
      await emit(s, 'lead.status_changed', { id: 'rolled back' }, true);
      const committed = await emit(s, 'lead.status_changed', { id: 'committed' });
      await eventually(() => receiver.received.length >= 1, 10_000, 'the committed event');
      // Give a stray delivery of the rolled-back event time to show up, if one existed.
      await withDatabase(async (c) => {
        // Deliveries only: the sign-in's audit row queues an events.dispatch job of its own.
        const { rows } = await c.query(
          `SELECT count(*)::int AS n FROM public.jobs WHERE tenant_id = $1 AND name = 'webhook.deliver'`,
          [s.tenant.id],
        );
        expect(rows[0].n).toBe(1);
      });
      expect(receiver.received.map((r) => JSON.parse(r.body).id)).toEqual([committed]);
      expect([...receiver.byDeliveryId().values()].map((list) => list.length)).toEqual([1]);
    });

    it('dispatches nothing while a tenant has no active subscription, and a new one hears only of later changes', async () => {
      const s = await createTenantSession(t.http, 'Webhook gating');
      const dispatchJobs = () =>
        withDatabase(async (c) => {
          const { rows } = await c.query(
            `SELECT count(*)::int AS n FROM public.jobs WHERE tenant_id = $1 AND name = 'events.dispatch'`,
            [s.tenant.id],
          );
          return rows[0].n as number;
        });
      const contact = (first_name: string) =>
        t.http
          .post('/api/tenant/contacts')
          .set(s.headers)
          .send({ first_name, email: `${first_name}@gating.test` });
      // No subscription: a change is audited (and announced to sockets) but queues no dispatch job.
      expect((await contact('before')).status).toBe(201);
      expect(await dispatchJobs()).toBe(0);
      // An inactive subscription changes nothing.
      const sub = await subscribe(s);
      await t.http.patch(`/api/tenant/webhooks/${sub.id}`).set(s.headers).send({ active: false }).expect(200);
      expect((await contact('paused')).status).toBe(201);
      expect(await dispatchJobs()).toBe(0);
      // Active again: only changes from now on are delivered, not the two above.
      await t.http.patch(`/api/tenant/webhooks/${sub.id}`).set(s.headers).send({ active: true }).expect(200);
      const after = await contact('after');
      expect(after.status).toBe(201);
      await eventually(() => receiver.received.length >= 1, 10_000, 'the delivery of the change made after');
      expect(await dispatchJobs()).toBeGreaterThan(0);
      // The dispatch that enqueued this delivery would have enqueued the earlier ones in the same transaction.
      await withDatabase(async (c) => {
        const { rows } = await c.query(
          `SELECT count(*)::int AS n FROM public.jobs WHERE tenant_id = $1 AND name = 'webhook.deliver'`,
          [s.tenant.id],
        );
        expect(rows[0].n).toBe(1);
      });
      expect(receiver.received.map((r) => JSON.parse(r.body).data.id)).toEqual([after.body.data.id]);
    });

    it('marks the subscription failing after the last attempt, and sends it nothing new until it is saved', async () => {
      const s = await createTenantSession(t.http, 'Webhook failing');
      const sub = await subscribe(s);
      receiver.reply = () => ({ status: 500 });
      await emit(s, 'contact.created', { id: 'x' });
      const failing = await eventually(async () => {
        const r = await t.http.get(`/api/tenant/webhooks/${sub.id}`).set(s.headers);
        return r.body.data.status === 'failing' && r;
      });
      expect(failing.body.data.failing_since).toEqual(expect.any(String));
      expect(receiver.received).toHaveLength(3);
      await emit(s, 'contact.created', { id: 'y' });
      const jobs = await withDatabase((c) =>
        c.query(`SELECT state FROM public.jobs WHERE tenant_id = $1 AND name = 'webhook.deliver' ORDER BY created_at`, [
          s.tenant.id,
        ]),
      );
      expect(jobs.rows.map((r) => r.state)).toEqual(['dead']);
      const saved = await t.http.patch(`/api/tenant/webhooks/${sub.id}`).set(s.headers).send({}).expect(200);
      expect(saved.body.data).toEqual(expect.objectContaining({ status: 'healthy', failing_since: null }));
    });

    it('does not follow redirects, times out a slow receiver, and reads only the start of a huge answer', async () => {
      const s = await createTenantSession(t.http, 'Webhook edges');
      const sub = await subscribe(s);
      receiver.reply = (n) =>
        n === 1
          ? { status: 302, headers: { location: 'http://169.254.169.254/' } }
          : n === 2
            ? { status: 200, delayMs: 2_000 }
            : { status: 200, body: 'x'.repeat(5_000_000) };
      await emit(s, 'contact.created', { id: 'z' });
      const res = await eventually(async () => {
        const r = await t.http.get(`/api/tenant/webhooks/${sub.id}/deliveries`).set(s.headers);
        return r.body.data?.length === 3 && r;
      }, 15_000);
      const [third, second, first] = res.body.data;
      expect(first).toEqual(expect.objectContaining({ status_code: 302, error: 'Redirects are not followed (302)' }));
      expect(second).toEqual(expect.objectContaining({ status_code: null, error: 'Timed out after 500 ms' }));
      expect(second.latency_ms).toBeLessThan(1_500);
      expect(third).toEqual(expect.objectContaining({ status_code: 200, succeeded: true }));
      expect(receiver.received).toHaveLength(3);
    });
  });
});
