import type { TestApp } from './support/app.js';

process.env.JOBS_POLL_INTERVAL_MS = '50';
process.env.JOBS_MAINTENANCE_INTERVAL_MS = '200';
const { createTenantSession, createTestApp, withDatabase } = await import('./support/app.js');
const { eventually } = await import('./support/wait.js');
const { adminHeaders } = await import('./support/auth.js');
const { DatabaseService } = await import('../src/platform/database/database.service.js');
const { JobQueue } = await import('../src/platform/jobs/job-queue.js');
const { TenantConnection } = await import('../src/platform/tenancy/tenant-connection.js');

type Queue = InstanceType<typeof JobQueue>;

describe('Job queue', () => {
  let t: TestApp;
  let queue: Queue;
  let db: InstanceType<typeof DatabaseService>;
  const jobState = (id: string) =>
    withDatabase(async (c) => (await c.query('SELECT * FROM public.jobs WHERE id = $1', [id])).rows[0]);

  beforeAll(async () => {
    t = await createTestApp();
    queue = t.app.get(JobQueue);
    db = t.app.get(DatabaseService);
  });
  afterAll(() => t.close());

  it('runs a committed job in its tenant context, and a rolled-back one never exists', async () => {
    const s = await createTenantSession(t.http, 'Jobs context');
    const tenantDb = t.app.get(TenantConnection);
    const seen: string[] = [];
    queue.register<{ marker: string }>('test.context', {
      async handle(job) {
        const { rows } = await tenantDb.query<{ schema: string }>('SELECT current_schema() AS schema');
        seen.push(`${job.data.marker}:${tenantDb.tenant.id}:${rows[0].schema}`);
        return { schema: rows[0].schema };
      },
    });
    await expect(
      db.transaction(async (tx) => {
        await queue.enqueue(tx, { name: 'test.context', tenantId: s.tenant.id, data: { marker: 'rolled back' } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const id = await db.transaction((tx) =>
      queue.enqueue(tx, { name: 'test.context', tenantId: s.tenant.id, data: { marker: 'committed' } }),
    );
    const schema = `tenant_${s.tenant.id.replace(/-/g, '_')}`;
    const res = await eventually(async () => {
      const r = await t.http.get(`/api/tenant/jobs/${id}`).set(s.headers);
      return r.body.data?.state === 'completed' && r;
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      success: true,
      data: expect.objectContaining({ id, name: 'test.context', state: 'completed', attempts: 1, max_attempts: 5 }),
    });
    expect(res.body.data.result).toEqual({ schema });
    expect(seen).toEqual([`committed:${s.tenant.id}:${schema}`]);
    const all = await withDatabase((c) =>
      c.query("SELECT count(*)::int AS n FROM public.jobs WHERE name = 'test.context'"),
    );
    expect(all.rows[0].n).toBe(1);
  });

  it('shows a job to its own tenant only: 404 for another tenant, 400 for a bad id', async () => {
    const [a, b] = await Promise.all([createTenantSession(t.http, 'Jobs A'), createTenantSession(t.http, 'Jobs B')]);
    const id = await queue.enqueueNow({
      name: 'test.unhandled-visible',
      tenantId: a.tenant.id,
      options: { runAt: new Date(Date.now() + 3_600_000) },
    });
    const own = await t.http.get(`/api/tenant/jobs/${id}`).set(a.headers).expect(200);
    expect(own.body.data).toEqual(expect.objectContaining({ id, state: 'queued', attempts: 0, last_error: null }));
    const other = await t.http.get(`/api/tenant/jobs/${id}`).set(b.headers).expect(404);
    expect(other.body).toEqual({ success: false, error: 'Job not found' });
    const bad = await t.http.get('/api/tenant/jobs/not-a-uuid').set(a.headers).expect(400);
    expect(bad.body).toEqual({ success: false, error: 'id must be a UUID' });
    const anonymous = await t.http.get(`/api/tenant/jobs/${id}`).set('x-tenant-id', a.tenant.id).expect(401);
    expect(anonymous.body).toEqual({ success: false, error: 'A bearer token is required' });
  });

  it('retries with exponential backoff, then moves the job to dead and calls onDead once', async () => {
    const s = await createTenantSession(t.http, 'Jobs retry');
    const calls: number[] = [];
    const dead: string[] = [];
    queue.register('test.always-fails', {
      defaults: { maxAttempts: 4, backoffMs: 200, maxBackoffMs: 10_000 },
      async handle(job) {
        calls.push(Date.now());
        throw new Error(`boom ${job.attempt}`);
      },
      async onDead(job, error) {
        dead.push(`${job.id}:${error}`);
      },
    });
    const id = await queue.enqueueNow({ name: 'test.always-fails', tenantId: s.tenant.id });
    const row = await eventually(async () => ((await jobState(id!)).state === 'dead' ? jobState(id!) : false));
    expect(row).toEqual(expect.objectContaining({ attempts: 4, last_error: 'boom 4' }));
    expect(calls).toHaveLength(4);
    const gaps = calls.slice(1).map((c, i) => c - calls[i]);
    // 200, 400, 800 ms nominal, +-20 % jitter.
    expect(gaps[0]).toBeGreaterThanOrEqual(160);
    expect(gaps[1]).toBeGreaterThanOrEqual(320);
    expect(gaps[2]).toBeGreaterThanOrEqual(640);
    expect(gaps[2]).toBeGreaterThan(gaps[0] * 2);
    await eventually(() => dead.length === 1);
    expect(dead).toEqual([`${id}:boom 4`]);
    const res = await t.http.get(`/api/tenant/jobs/${id}`).set(s.headers).expect(200);
    expect(res.body.data).toEqual(expect.objectContaining({ state: 'dead', attempts: 4, last_error: 'boom 4' }));
  });

  it('aborts a job at its timeout and counts the attempt as failed', async () => {
    const s = await createTenantSession(t.http, 'Jobs timeout');
    let aborted = 0;
    queue.register('test.hangs', {
      handle: (job) =>
        new Promise((_, reject) =>
          job.signal.addEventListener('abort', () => {
            aborted += 1;
            reject(new Error('stopped'));
          }),
        ),
    });
    const id = await queue.enqueueNow({
      name: 'test.hangs',
      tenantId: s.tenant.id,
      options: { timeoutMs: 150, maxAttempts: 2, backoffMs: 10 },
    });
    const row = await eventually(async () => ((await jobState(id!)).state === 'dead' ? jobState(id!) : false));
    expect(row).toEqual(expect.objectContaining({ attempts: 2, last_error: 'Timed out after 150 ms' }));
    expect(aborted).toBe(2);
  });

  it('runs again a job whose worker died mid-run (lease expired), and the handler copes with the rerun', async () => {
    const s = await createTenantSession(t.http, 'Jobs crash');
    const tenantDb = t.app.get(TenantConnection);
    queue.register<{ name: string }>('test.idempotent-insert', {
      async handle(job) {
        // Idempotent by construction: keyed by the job id, so a second run after a crash inserts nothing.
        await tenantDb.query(`INSERT INTO organizations (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [
          job.id,
          job.data.name,
        ]);
      },
    });
    const id = await queue.enqueueNow({
      name: 'test.idempotent-insert',
      tenantId: s.tenant.id,
      data: { name: 'Once' },
      options: { runAt: new Date(Date.now() + 3_600_000) },
    });
    // A worker that ran the job to its side effect, then died before recording the outcome.
    await db.withTenantSchema(`tenant_${s.tenant.id.replace(/-/g, '_')}`, (c) =>
      c.query(`INSERT INTO organizations (id, name) VALUES ($1, 'Once')`, [id]),
    );
    await withDatabase((c) =>
      c.query(
        `UPDATE public.jobs SET state = 'active', attempts = 1, locked_by = 'crashed-worker', run_at = now(),
           locked_until = now() - interval '1 second' WHERE id = $1`,
        [id],
      ),
    );
    const row = await eventually(async () => ((await jobState(id!)).state === 'completed' ? jobState(id!) : false));
    expect(row.attempts).toBe(2);
    const orgs = await t.http.get('/api/tenant/organizations?q=Once').set(s.headers).expect(200);
    expect(orgs.body.data).toHaveLength(1);
  });

  it("is fair: a flood of 20,000 jobs from one tenant does not hold back another tenant's job", async () => {
    const [flooder, other] = await Promise.all([
      createTenantSession(t.http, 'Flooder'),
      createTenantSession(t.http, 'Quiet'),
    ]);
    let floodRuns = 0;
    queue.register('test.flood', {
      handle: async () => {
        floodRuns += 1;
        await new Promise((r) => setTimeout(r, 5));
      },
    });
    queue.register('test.quiet', { handle: async () => 'done' });
    const options = queue.optionsFor({ name: 'test.flood' });
    await withDatabase((c) =>
      c.query(
        `INSERT INTO public.jobs (name, tenant_id, lane, max_attempts, backoff_ms, max_backoff_ms, timeout_ms)
         SELECT 'test.flood', $1, $1, $2, $3, $4, $5 FROM generate_series(1, 20000)`,
        [flooder.tenant.id, options.maxAttempts, options.backoffMs, options.maxBackoffMs, options.timeoutMs],
      ),
    );
    await eventually(() => floodRuns >= 20, 10_000, 'the flood to start');
    const started = Date.now();
    const id = await queue.enqueueNow({ name: 'test.quiet', tenantId: other.tenant.id });
    await eventually(async () => (await jobState(id!)).state === 'completed', 5_000, "the quiet tenant's job");
    const waited = Date.now() - started;
    const left = await withDatabase((c) =>
      c.query(`SELECT count(*)::int AS n FROM public.jobs WHERE tenant_id = $1 AND state = 'queued'`, [
        flooder.tenant.id,
      ]),
    );
    expect(waited).toBeLessThan(3_000);
    expect(left.rows[0].n).toBeGreaterThan(15_000);
    await withDatabase((c) => c.query(`DELETE FROM public.jobs WHERE tenant_id = $1`, [flooder.tenant.id]));
  });

  it('holds the jobs of a suspended or deleted tenant until it is active again', async () => {
    const s = await createTenantSession(t.http, 'Jobs suspended');
    let runs = 0;
    queue.register('test.waits', { handle: async () => (runs += 1) });
    const other = await createTenantSession(t.http, 'Jobs active');
    await t.http.post(`/api/tenants/${s.tenant.id}/suspend`).set(adminHeaders).send({}).expect(200);
    const id = await queue.enqueueNow({ name: 'test.waits', tenantId: s.tenant.id });
    // A job of an active tenant enqueued after it runs first: the workers are polling and skip the waiting one.
    const later = await queue.enqueueNow({ name: 'test.waits', tenantId: other.tenant.id });
    await eventually(async () => (await jobState(later!)).state === 'completed');
    await new Promise((r) => setTimeout(r, 300));
    expect(await jobState(id!)).toEqual(expect.objectContaining({ state: 'queued', attempts: 0 }));
    await t.http.post(`/api/tenants/${s.tenant.id}/resume`).set(adminHeaders).send({}).expect(200);
    await eventually(async () => (await jobState(id!)).state === 'completed');

    await t.http.delete(`/api/tenants/${s.tenant.id}`).set(adminHeaders).expect(200);
    const afterDelete = await queue.enqueueNow({ name: 'test.waits', tenantId: s.tenant.id });
    await new Promise((r) => setTimeout(r, 300));
    expect(await jobState(afterDelete!)).toEqual(expect.objectContaining({ state: 'queued', attempts: 0 }));
    expect(runs).toBe(2);
  });
});
