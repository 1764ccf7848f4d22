import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { createTenantSession, withDatabase, type TenantSession } from './support/app.js';
import { startNode, startServer } from './support/processes.js';
import { eventually } from './support/wait.js';
import { WebhookReceiver } from './support/webhook-receiver.js';
import { bearer, openSocket, type TestSocket } from './support/ws-client.js';

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** Two web replicas (JOBS_WORKERS=off) and job workers of their own (`npm run worker`), on the run's database. */
describe('Events across processes: two replicas, a separate worker, SIGTERM', () => {
  const children: ChildProcess[] = [];
  const common = {
    LOG_LEVEL: 'error',
    JOBS_POLL_INTERVAL_MS: '100',
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    WEBHOOK_TIMEOUT_MS: '10000',
    EVENTS_MAX_CONNECTIONS_PER_TENANT: '2000',
    MIGRATE_ON_START: 'true',
  };
  const replicas: { base: string; child: ChildProcess }[] = [];
  let worker: ChildProcess;
  const startWorker = () => {
    const child = startNode('dist/worker.js', { ...common, JOBS_SHUTDOWN_TIMEOUT_MS: '500' });
    children.push(child);
    return child;
  };

  beforeAll(async () => {
    for (let i = 0; i < 2; i += 1) {
      const { base, child } = await startServer('dist/main.js', { ...common, JOBS_WORKERS: 'off' });
      children.push(child);
      replicas.push({ base, child });
    }
    worker = startWorker();
  }, 120_000);
  afterAll(async () => {
    const exits = children
      .filter((c) => c.exitCode === null && c.signalCode === null)
      .map((c) => new Promise((r) => c.on('exit', r)));
    children.forEach((c) => c.kill('SIGKILL'));
    await Promise.all(exits);
  });

  it("sends every client, on either replica, all of its tenant's events and none of the other's", async () => {
    const [a, b] = [replicas[0], replicas[1]];
    const t1 = await createTenantSession(request(a.base), 'Replica T1');
    const t2 = await createTenantSession(request(b.base), 'Replica T2');
    const clients: { tenant: TenantSession; socket: TestSocket }[] = [];
    for (const r of replicas) {
      for (const tenant of [t1, t2]) {
        for (let i = 0; i < 2; i += 1) {
          clients.push({
            tenant,
            socket: openSocket(r.base, { tenant_id: tenant.tenant.id, access_token: bearer(tenant.headers) }),
          });
        }
      }
    }
    await Promise.all(clients.map((c) => c.socket.ready));
    // Changes through both replicas.
    for (let i = 0; i < 3; i += 1) {
      await request(a.base)
        .post('/api/tenant/contacts')
        .set(t1.headers)
        .send({ first_name: `A${i}` })
        .expect(201);
    }
    await request(b.base).post('/api/tenant/organizations').set(t1.headers).send({ name: 'B org' }).expect(201);
    await request(b.base).post('/api/tenant/tasks').set(t2.headers).send({ title: 'B task' }).expect(201);
    await request(a.base).post('/api/tenant/leads').set(t2.headers).send({ title: 'A lead' }).expect(201);
    const expected = new Map([
      [t1.tenant.id, ['contact.created', 'contact.created', 'contact.created', 'organization.created']],
      [t2.tenant.id, ['task.created', 'lead.created']],
    ]);
    const eventsOf = (s: TestSocket) =>
      s.messages.filter((m) => m.type === 'event').map((m) => m.event as { type: string; tenant_id: string });
    await eventually(
      () => clients.every((c) => eventsOf(c.socket).length >= expected.get(c.tenant.tenant.id)!.length),
      20_000,
      'every client to receive its events',
    );
    await new Promise((r) => setTimeout(r, 300)); // a stray foreign event would arrive within this time
    for (const c of clients) {
      const events = eventsOf(c.socket);
      expect(events.map((e) => e.type).sort()).toEqual([...expected.get(c.tenant.tenant.id)!].sort());
      expect(events.every((e) => e.tenant_id === c.tenant.tenant.id)).toBe(true);
      c.socket.close();
    }
  });

  it('holds 1,000 idle authenticated sockets on one replica for less than 50 MB', async () => {
    const replica = replicas[1];
    const t = await createTenantSession(request(replica.base), 'Idle sockets');
    const auth = { tenant_id: t.tenant.id, access_token: bearer(t.headers) };
    const before = rssMb(replica.child.pid!);
    const sockets: TestSocket[] = [];
    for (let batch = 0; batch < 10; batch += 1) {
      const opened = Array.from({ length: 100 }, () => openSocket(replica.base, auth));
      await Promise.all(opened.map((s) => s.ready));
      sockets.push(...opened);
    }
    await new Promise((r) => setTimeout(r, 500));
    const after = rssMb(replica.child.pid!);
    process.stdout.write(`1000 idle sockets: RSS ${before.toFixed(1)} MB -> ${after.toFixed(1)} MB\n`);
    expect(sockets).toHaveLength(1000);
    expect(after - before).toBeLessThan(50);
    sockets.forEach((s) => s.close());
    await Promise.all(sockets.map((s) => s.closed));
  });

  it('on SIGTERM a worker returns its in-flight job to the queue, and another worker completes it', async () => {
    const receiver = new WebhookReceiver();
    const hooks = await receiver.start();
    try {
      const t = await createTenantSession(request(replicas[0].base), 'SIGTERM');
      const sub = await request(replicas[0].base)
        .post('/api/tenant/webhooks')
        .set(t.headers)
        .send({ url: `${hooks}/slow`, events: ['task.created'] })
        .expect(201);
      receiver.secret = sub.body.data.secret;
      receiver.reply = (n) => (n === 1 ? { status: 200, delayMs: 8_000 } : { status: 200 });
      await request(replicas[0].base).post('/api/tenant/tasks').set(t.headers).send({ title: 'Slow' }).expect(201);
      await eventually(() => receiver.received.length === 1, 20_000, 'the delivery to start');
      const exited = new Promise<string>((resolve) =>
        worker.on('exit', (code, signal) => resolve(`${code}/${signal}`)),
      );
      worker.kill('SIGTERM');
      expect(['0/null', 'null/SIGTERM']).toContain(await exited);
      const job = await withDatabase(
        async (c) =>
          (
            await c.query(`SELECT state, attempts FROM public.jobs WHERE tenant_id = $1 AND name = 'webhook.deliver'`, [
              t.tenant.id,
            ])
          ).rows,
      );
      expect(job).toEqual([{ state: 'queued', attempts: 0 }]);
      worker = startWorker();
      await eventually(() => receiver.received.length === 2, 30_000, 'the second worker to deliver');
      const ids = receiver.received.map((r) => r.headers['webhook-id']);
      expect(ids[0]).toBe(ids[1]);
      expect(receiver.received.every((r) => r.verified)).toBe(true);
      const done = await eventually(async () => {
        const rows = await withDatabase(
          async (c) =>
            (
              await c.query(
                `SELECT state, attempts FROM public.jobs WHERE tenant_id = $1 AND name = 'webhook.deliver'`,
                [t.tenant.id],
              )
            ).rows,
        );
        return rows[0]?.state === 'completed' && rows;
      });
      expect(done).toEqual([{ state: 'completed', attempts: 1 }]);
    } finally {
      await receiver.stop();
    }
  });
});
