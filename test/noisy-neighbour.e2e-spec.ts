import pg from 'pg';

// The reproduction's pool of 2, so one tenant may hold 1 (the default cap is half the pool). Set before the import.
// No job worker: its poll (every second, through the same pool) would queue behind the held connections and show as
// `waiting: 1` in the saturated pool's report.
const SETTINGS = {
  JOBS_WORKERS: 'off',
  DATABASE_POOL_MAX: '2',
  DATABASE_CONNECT_TIMEOUT_MS: '1000',
  DATABASE_STATEMENT_TIMEOUT_MS: '30000',
};
const saved = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, process.env[k]]));
Object.assign(process.env, SETTINGS);
const { createTenantSession, createTestApp, withDatabase } = await import('./support/app.js');
const { tenantSchema } = await import('../src/platform/database/tenant-schema.js');
type TestApp = Awaited<ReturnType<typeof createTestApp>>;
type TenantSession = Awaited<ReturnType<typeof createTenantSession>>;

afterAll(() => Object.assign(process.env, saved));

/** Holds an ACCESS EXCLUSIVE lock on a tenant's contacts from a second connection until released. */
async function lockContacts(s: TenantSession): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${pg.escapeIdentifier(tenantSchema(s.tenant.id))}.contacts IN ACCESS EXCLUSIVE MODE`);
  return {
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

/** Resolves once `n` of the app's statements wait on a lock: the requests are in flight, inside the database. */
async function lockWaiters(n: number): Promise<void> {
  for (;;) {
    const count = await withDatabase(async (c) => {
      const { rows } = await c.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE application_name = 'multi-tenant-backend' AND wait_event_type = 'Lock'`,
      );
      return rows[0].n;
    });
    if (count >= n) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('A noisy neighbour (one tenant blocked on a lock, pool of 2)', () => {
  let t: TestApp;
  let a: TenantSession;
  let b: TenantSession;
  beforeAll(async () => {
    t = await createTestApp();
    a = await createTenantSession(t.http, 'Blocked tenant');
    b = await createTenantSession(t.http, 'Neighbour');
  });
  afterAll(() => t.close());

  it("queues then 503s only the blocked tenant's excess; the other tenant and readiness stay 200", async () => {
    const lock = await lockContacts(a);
    let held: Promise<{ status: number }>;
    try {
      held = t.http
        .get('/api/tenant/contacts')
        .set(a.headers)
        .then((r) => r);
      await lockWaiters(1);

      const excess = await Promise.all(
        Array.from({ length: 4 }, () => t.http.get('/api/tenant/contacts').set(a.headers)),
      );
      for (const res of excess) {
        expect(res.status).toBe(503);
        expect(res.body).toEqual({
          success: false,
          error: 'Too many concurrent requests for this tenant; retry shortly',
        });
      }
      for (let i = 0; i < 5; i++) {
        const res = await t.http.get('/api/tenant/contacts').set(b.headers);
        expect(res.status).toBe(200);
        expect(res.body.success).toBe(true);
      }
      const ready = await t.http.get('/health/ready').expect(200);
      expect(ready.body.details.database.status).toBe('up');
    } finally {
      await lock.release();
    }
    // The request that waited on the lock completes once it is released.
    expect((await held).status).toBe(200);
  });

  it('stays ready, reporting a saturated pool, while every connection waits on a lock', async () => {
    const locks = [await lockContacts(a), await lockContacts(b)];
    try {
      const held = [a, b].map((s) =>
        t.http
          .get('/api/tenant/contacts')
          .set(s.headers)
          .then((r) => r),
      );
      await lockWaiters(2);
      const ready = await t.http.get('/health/ready').expect(200);
      expect(ready.body.details.database).toEqual({
        status: 'up',
        pool: { max: 2, total: 2, idle: 0, waiting: 0, saturated: true },
      });
      await Promise.all(locks.map((l) => l.release()));
      for (const res of await Promise.all(held)) expect(res.status).toBe(200);
    } finally {
      await Promise.all(locks.map((l) => l.release().catch(() => undefined)));
    }
  });
});
