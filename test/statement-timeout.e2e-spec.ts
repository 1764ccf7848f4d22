import pg from 'pg';

// The app reads its configuration when it is imported, so this file's timeout is set before the import.
const STATEMENT_TIMEOUT_MS = 1000;
const saved = process.env.DATABASE_STATEMENT_TIMEOUT_MS;
process.env.DATABASE_STATEMENT_TIMEOUT_MS = String(STATEMENT_TIMEOUT_MS);
const { createTenantSession, createTestApp } = await import('./support/app.js');
const { tenantSchema } = await import('../src/platform/database/tenant-schema.js');
type TestApp = Awaited<ReturnType<typeof createTestApp>>;
type TenantSession = Awaited<ReturnType<typeof createTenantSession>>;

afterAll(() => {
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = saved;
});

/** Holds an ACCESS EXCLUSIVE lock on one of a tenant's tables from a second connection until released. */
async function lockTable(schema: string, table: string): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query('BEGIN');
  await client.query(
    `LOCK TABLE ${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(table)} IN ACCESS EXCLUSIVE MODE`,
  );
  return {
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

/**
 * The statement timeout is applied by the app itself (SET LOCAL in transactions, a cancel request for single
 * statements), not as a startup parameter, so it holds behind PgBouncer as well; CI runs this file both ways.
 */
describe('Statement timeout', () => {
  let t: TestApp;
  let s: TenantSession;
  beforeAll(async () => {
    t = await createTestApp();
    s = await createTenantSession(t.http, 'Slow tenant');
  });
  afterAll(() => t.close());

  it('answers 503 at the timeout when a single statement waits on a lock, and serves again after', async () => {
    const lock = await lockTable(tenantSchema(s.tenant.id), 'contacts');
    try {
      const started = Date.now();
      const res = await t.http.get('/api/tenant/contacts').set(s.headers);
      const elapsed = Date.now() - started;
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ success: false, error: 'Database timeout' });
      expect(elapsed).toBeGreaterThanOrEqual(STATEMENT_TIMEOUT_MS - 50);
      expect(elapsed).toBeLessThan(STATEMENT_TIMEOUT_MS + 2000);
    } finally {
      await lock.release();
    }
    await t.http.get('/api/tenant/contacts').set(s.headers).expect(200);
  });

  it('answers 503 at the timeout when a statement inside a transaction waits on a lock', async () => {
    // Sign-in reads the user inside a tenant-bound transaction.
    const lock = await lockTable(tenantSchema(s.tenant.id), 'users');
    try {
      const started = Date.now();
      const res = await t.http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', s.tenant.id)
        .send({ email: s.admin.email, password: s.admin.password });
      const elapsed = Date.now() - started;
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ success: false, error: 'Database timeout' });
      expect(elapsed).toBeLessThan(STATEMENT_TIMEOUT_MS + 2000);
    } finally {
      await lock.release();
    }
    await t.http
      .post('/api/tenant/auth/login')
      .set('x-tenant-id', s.tenant.id)
      .send({ email: s.admin.email, password: s.admin.password })
      .expect(200);
  });

  it('leaves no statement running on the server after the timeout', async () => {
    const lock = await lockTable(tenantSchema(s.tenant.id), 'contacts');
    try {
      await t.http.get('/api/tenant/contacts').set(s.headers).expect(503);
      const waiting = await t.app
        .get((await import('../src/platform/database/database.service.js')).DatabaseService)
        .query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE application_name = 'multi-tenant-backend' AND wait_event_type = 'Lock'`,
        );
      expect(waiting.rows[0].n).toBe(0);
    } finally {
      await lock.release();
    }
  });
});
