import { createHash } from 'node:crypto';

// The app reads its configuration when it is imported, so this file's settings are set before the import.
const overrides: Record<string, string> = {
  DATABASE_POOL_MAX: '1', // every statement on the same connection, so pg_prepared_statements shows them all
  DATABASE_PREPARED_STATEMENTS_MAX: '3',
};
const saved = Object.fromEntries(Object.keys(overrides).map((k) => [k, process.env[k]]));
Object.assign(process.env, overrides);
const { createTenantSession, createTestApp, withDatabase } = await import('./support/app.js');
const { PreparedStatements } = await import('../src/platform/database/prepared-statements.js');
const { DatabaseService } = await import('../src/platform/database/database.service.js');
type TestApp = Awaited<ReturnType<typeof createTestApp>>;

afterAll(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** Single parameterised statements run as named prepared statements of their connection (docs/performance.md). */
describe('Prepared statements', () => {
  let t: TestApp;
  let db: InstanceType<typeof DatabaseService>;
  /** The connection's prepared statements (an unparameterised query, so it is not one of them). */
  const prepared = async () =>
    (await db.query<{ name: string; statement: string }>('SELECT name, statement FROM pg_prepared_statements')).rows;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DatabaseService);
    await db.query('CREATE TABLE IF NOT EXISTS public.prepared_probe (id int)');
    await db.query('TRUNCATE public.prepared_probe');
    await db.query('INSERT INTO public.prepared_probe VALUES (1)');
  });
  afterAll(async () => {
    await db.query('DROP TABLE IF EXISTS public.prepared_probe');
    await t.close();
  });

  it("prepares a tenant request's statement once on its connection and reuses it", async () => {
    const s = await createTenantSession(t.http, 'Prepared');
    for (let i = 0; i < 3; i += 1) await t.http.get('/api/tenant/contacts').set(s.headers).expect(200);
    const schema = `"tenant_${s.tenant.id.replace(/-/g, '_')}"."contacts"`;
    const lists = (await prepared()).filter((p) => p.statement.includes(schema) && /^\s*SELECT/i.test(p.statement));
    expect(lists).toHaveLength(1);
    expect(lists[0].name).toMatch(/^mtb_[0-9a-f]{32}$/);
  });

  it("plans a tenant's list once on its connection: the page size is in the text, so the plan is generic", async () => {
    const s = await createTenantSession(t.http, 'Planned');
    for (let i = 0; i < 7; i += 1) await t.http.get('/api/tenant/contacts?limit=5').set(s.headers).expect(200);
    const schema = `"tenant_${s.tenant.id.replace(/-/g, '_')}"."contacts"`;
    const { rows } = await db.query<{ statement: string; generic_plans: string; custom_plans: string }>(
      'SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements',
    );
    const lists = rows.filter((p) => p.statement.includes(schema) && /^\s*SELECT/i.test(p.statement));
    expect(lists).toHaveLength(1);
    // As `LIMIT $1` the first five executions were planned anew (custom plans): 5 and 2.
    expect(lists[0]).toMatchObject({ generic_plans: '7', custom_plans: '0' });
    expect(lists[0].statement).toMatch(/LIMIT 6$/);
  });

  it('keeps at most DATABASE_PREPARED_STATEMENTS_MAX per connection, deallocating the least recently used', async () => {
    for (let i = 0; i < 6; i += 1) await db.query(`SELECT $1::int + ${i} AS n`, [i]);
    const names = (await prepared()).filter((p) => p.name.startsWith('mtb_'));
    expect(names.length).toBeLessThanOrEqual(3);
    expect(names.map((p) => p.statement)).toContain('SELECT $1::int + 5 AS n');
    expect(names.map((p) => p.statement)).not.toContain('SELECT $1::int + 0 AS n');
  });

  it('prepares a statement again when a migration changed its table after it was prepared', async () => {
    const sql = 'SELECT * FROM public.prepared_probe WHERE id = $1';
    expect((await db.query(sql, [1])).rows).toEqual([{ id: 1 }]);
    await db.query('ALTER TABLE public.prepared_probe ADD COLUMN note text');
    // Without the retry: "cached plan must not change result type".
    expect((await db.query(sql, [1])).rows).toEqual([{ id: 1, note: null }]);
    expect(db.prepared.isEnabled).toBe(true);
  });

  it('runs a statement unprepared when its connection lost it (a pooler in between), and stops preparing', async () => {
    const sql = 'SELECT id FROM public.prepared_probe WHERE id = $1';
    await db.query(sql, [1]);
    await db.query('DEALLOCATE ALL'); // what a transaction-mode pooler's other server connection looks like
    expect((await db.query(sql, [1])).rows).toEqual([{ id: 1 }]);
    expect(db.prepared.isEnabled).toBe(false);
    expect((await prepared()).filter((p) => p.name.startsWith('mtb_'))).toEqual([]);
    expect((await db.query(sql, [1])).rows).toEqual([{ id: 1 }]);
  });

  it('runs a statement unprepared when its name is already taken on the connection (another client of a pooler)', async () => {
    await withDatabase(async (client) => {
      const statements = new PreparedStatements(true, 10);
      const sql = 'SELECT id FROM public.prepared_probe WHERE id = $1';
      const name = `mtb_${createHash('md5').update(sql).digest('hex')}`;
      await client.query(`PREPARE ${name} (int) AS ${sql}`); // what another client left on a pooled server connection
      const pooled = client as unknown as Parameters<typeof statements.query>[0];
      expect((await statements.query(pooled, sql, [1])).rows).toEqual([{ id: 1 }]);
      expect(statements.isEnabled).toBe(false);
    });
  });
});
