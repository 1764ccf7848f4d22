import type { Client, Notification } from 'pg';
import type { TestApp, TenantSession } from './support/app.js';

// No job workers: a queued dispatch job stays queued, so the test can count the wakes a write caused.
Object.assign(process.env, { JOBS_WORKERS: 'off', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
const { createTenantSession, createTestApp, withDatabase } = await import('./support/app.js');
const { eventually } = await import('./support/wait.js');
const { default: pg } = await import('pg');

/**
 * A tenant's audit row trigger is generated with only the event blocks the tenant needs (migrations/public/014):
 * the webhook wake while it has an active subscription, the live announcement while it has a listener lease. These
 * tests hold the trigger to that through every change that regenerates it, concurrent and rolled back ones included.
 */
describe('Audit trigger: event blocks follow subscriptions and listener leases', () => {
  let t: TestApp;
  let s: TenantSession;
  let listener: Client;
  const heard: { kind: string; tenant_id?: string; resource_id?: string; n?: number }[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    s = await createTenantSession(t.http, 'Trigger blocks');
    listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    listener.on('notification', (n: Notification) => heard.push(JSON.parse(n.payload ?? '{}')));
    await listener.query('LISTEN mtb_events');
  });
  afterAll(async () => {
    await listener.end();
    await t.close();
  });

  const create = async (name: string) =>
    (await t.http.post('/api/tenant/contacts').set(s.headers).send({ first_name: name }).expect(201)).body.data
      .id as string;
  const queuedWakes = async () =>
    withDatabase(async (db) => {
      const { rows } = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM public.jobs WHERE name = 'events.dispatch' AND tenant_id = $1",
        [s.tenant.id],
      );
      return rows[0].n;
    });
  const clearWakes = () =>
    withDatabase((db) =>
      db.query("DELETE FROM public.jobs WHERE name = 'events.dispatch' AND tenant_id = $1", [s.tenant.id]),
    );
  /** Whether the write of `id` was announced: a marker sent after its commit arrives after any announcement of it. */
  let markers = 0;
  const announced = async (id: string) => {
    markers += 1;
    const n = markers;
    await withDatabase((db) => db.query(`SELECT pg_notify('mtb_events', $1)`, [JSON.stringify({ kind: 'marker', n })]));
    await eventually(() => heard.some((m) => m.kind === 'marker' && m.n === n), 5_000, 'the marker');
    return heard.some((m) => m.kind === 'audit' && m.resource_id === id);
  };
  const lease = (replica: string) =>
    withDatabase((db) =>
      db.query(
        `INSERT INTO public.live_event_listeners (tenant_id, replica, expires_at)
         VALUES ($1, $2, statement_timestamp() + interval '60 seconds')`,
        [s.tenant.id, replica],
      ),
    );
  const purgeLeases = () =>
    withDatabase((db) => db.query('DELETE FROM public.live_event_listeners WHERE tenant_id = $1', [s.tenant.id]));

  it('queues a dispatch job for a write only while the tenant has an active subscription', async () => {
    await create('Before any subscription');
    expect(await queuedWakes()).toBe(0);

    const sub = await t.http
      .post('/api/tenant/webhooks')
      .set(s.headers)
      .send({ url: 'http://127.0.0.1:9/hook', events: ['contact.created'] })
      .expect(201);
    const id = sub.body.data.id as string;
    await clearWakes();
    await create('Subscribed');
    expect(await queuedWakes()).toBe(1);

    await t.http.patch(`/api/tenant/webhooks/${id}`).set(s.headers).send({ active: false }).expect(200);
    await clearWakes();
    await create('Paused');
    expect(await queuedWakes()).toBe(0);

    await t.http.patch(`/api/tenant/webhooks/${id}`).set(s.headers).send({ active: true }).expect(200);
    await create('Resumed');
    expect(await queuedWakes()).toBe(1);

    await t.http.delete(`/api/tenant/webhooks/${id}`).set(s.headers).expect(204);
    await clearWakes();
    await create('Unsubscribed');
    expect(await queuedWakes()).toBe(0);
  });

  it('leaves the trigger as it was when the subscription rolls back', async () => {
    await withDatabase(async (db) => {
      await db.query('BEGIN');
      await db.query(
        `INSERT INTO "tenant_${s.tenant.id.replaceAll('-', '_')}".webhook_subscriptions (url, events, secret)
         VALUES ('http://127.0.0.1:9/x', '{contact.created}', 'whsec_x')`,
      );
      await db.query('ROLLBACK');
    });
    await create('After a rolled-back subscription');
    expect(await queuedWakes()).toBe(0);
  });

  it('announces writes while a lease exists, and stops once the last lease is purged', async () => {
    expect(await announced(await create('Nobody listens'))).toBe(false);
    await lease('replica-a');
    await lease('replica-b');
    expect(await announced(await create('Two listen'))).toBe(true);
    await withDatabase((db) =>
      db.query("DELETE FROM public.live_event_listeners WHERE tenant_id = $1 AND replica = 'replica-a'", [s.tenant.id]),
    );
    expect(await announced(await create('One still listens'))).toBe(true);
    await purgeLeases();
    expect(await announced(await create('Purged'))).toBe(false);
  });

  it('regenerates correctly under concurrent lease and subscription changes', async () => {
    // Each change regenerates the same function; two replacing it at once would fail without the per-tenant lock.
    const replicas = Array.from({ length: 8 }, (_, i) => `concurrent-${i}`);
    const subscribe = () =>
      t.http
        .post('/api/tenant/webhooks')
        .set(s.headers)
        .send({ url: 'http://127.0.0.1:9/c', events: ['contact.created'] })
        .expect(201);
    await Promise.all([...replicas.map((r) => lease(r)), subscribe(), subscribe()]);
    await clearWakes();
    const id = await create('After concurrent changes');
    expect(await announced(id)).toBe(true);
    expect(await queuedWakes()).toBe(1);

    await Promise.all(
      replicas.map((r) =>
        withDatabase((db) =>
          db.query('DELETE FROM public.live_event_listeners WHERE tenant_id = $1 AND replica = $2', [s.tenant.id, r]),
        ),
      ),
    );
    expect(await announced(await create('All leases gone'))).toBe(false);
  });
});
