import type { TestApp } from './support/app.js';

Object.assign(process.env, {
  JOBS_POLL_INTERVAL_MS: '50',
  JOBS_MAINTENANCE_INTERVAL_MS: '100',
  TENANTS_PURGE_INTERVAL_MS: '300',
});
const { createTenant, createTestApp, withDatabase } = await import('./support/app.js');
const { eventually } = await import('./support/wait.js');
const { adminHeaders } = await import('./support/auth.js');

describe('Scheduled purge of deleted tenants (tenants.purge job)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
    await withDatabase((c) =>
      c.query(`UPDATE public.job_schedules SET next_run_at = now() + interval '1 day' WHERE name = 'tenants.purge'`),
    );
  });

  it('purges a deleted tenant past its retention on schedule, and leaves the others alone', async () => {
    const [expired, recent] = await Promise.all([createTenant(t.http, 'Expired'), createTenant(t.http, 'Recent')]);
    await t.http.delete(`/api/tenants/${expired.id}`).set(adminHeaders).expect(200);
    await t.http.delete(`/api/tenants/${recent.id}`).set(adminHeaders).expect(200);
    await withDatabase(async (c) => {
      await c.query(`UPDATE public.tenants SET purge_after = now() - interval '1 second' WHERE id = $1`, [expired.id]);
      // Another app of this run may have registered the hourly default: run the schedule now.
      await c.query(`UPDATE public.job_schedules SET next_run_at = now() WHERE name = 'tenants.purge'`);
    });
    const job = await eventually(
      async () =>
        withDatabase(async (c) => {
          const { rows } = await c.query(
            `SELECT state, result FROM public.jobs WHERE name = 'tenants.purge' AND state = 'completed'
             AND result->'purged' ? $1`,
            [expired.id],
          );
          return rows[0];
        }),
      20_000,
      'a purge run',
    );
    expect(job.result).toEqual({ purged: expect.arrayContaining([expired.id]), failed: expect.any(Array) });
    expect(job.result.purged).not.toContain(recent.id);
    const gone = await t.http.get(`/api/tenants/${expired.id}`).set(adminHeaders).expect(404);
    expect(gone.body).toEqual({ success: false, error: 'Tenant not found' });
    const kept = await t.http.get(`/api/tenants/${recent.id}`).set(adminHeaders).expect(200);
    expect(kept.body.data.status).toBe('deleted');
  });
});
