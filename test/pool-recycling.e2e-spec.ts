import type { Pool } from 'pg';

// The app reads its configuration when it is imported, so this file's pool settings are set before the import.
const MAX_USES = 3;
const overrides: Record<string, string> = {
  DATABASE_POOL_MAX: '1',
  DATABASE_POOL_MAX_USES: String(MAX_USES),
  DATABASE_POOL_MAX_LIFETIME_SECONDS: '0',
};
const saved = Object.fromEntries(Object.keys(overrides).map((k) => [k, process.env[k]]));
Object.assign(process.env, overrides);
const { createTenantSession, createTestApp, withDatabase } = await import('./support/app.js');
const { PG_POOL } = await import('../src/platform/database/database.constants.js');
type TestApp = Awaited<ReturnType<typeof createTestApp>>;

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** Whether a backend with this pid is still connected to the run's database. */
const backendAlive = (pid: number) =>
  withDatabase(async (c) => {
    const { rows } = await c.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]);
    return rows.length > 0;
  });

/**
 * DATABASE_POOL_MAX_USES recycles pooled connections (and with them the catalog caches of their PostgreSQL backends).
 * The pool has one connection, so every checkout reuses it until its use count closes it.
 */
describe('Pool connection recycling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('replaces a connection after DATABASE_POOL_MAX_USES checkouts and closes its backend', async () => {
    const pool = t.app.get<Pool>(PG_POOL);
    const pids: number[] = [];
    for (let i = 0; i < MAX_USES * 3; i += 1) {
      const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      pids.push(rows[0].pid);
    }
    // Background work (job polling) may take some of a connection's uses, so count distinct backends.
    expect(new Set(pids).size).toBeGreaterThanOrEqual(2);
    // Each query is one checkout, and a closed backend never comes back: no backend served more than MAX_USES.
    const uses = new Map<number, number>();
    for (const pid of pids) uses.set(pid, (uses.get(pid) ?? 0) + 1);
    expect(Math.max(...uses.values())).toBeLessThanOrEqual(MAX_USES);
    const first = pids[0];
    // The replaced backend exits: its memory goes back to the server (poll, bounded, instead of sleeping).
    let alive = true;
    for (let i = 0; i < 50 && alive; i += 1) {
      alive = await backendAlive(first);
      if (alive) await new Promise((r) => setTimeout(r, 100));
    }
    expect(alive).toBe(false);
  });

  it('keeps serving tenant requests across recycled connections', async () => {
    const s = await createTenantSession(t.http, 'Recycled tenant');
    for (let i = 0; i < MAX_USES * 3; i += 1) {
      const res = await t.http.get('/api/tenant/contacts?limit=5').set(s.headers);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ success: true, data: [] });
    }
  });
});
