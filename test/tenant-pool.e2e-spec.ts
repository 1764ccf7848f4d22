import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestApp } from './support/app.js';

process.env.TENANT_POOL_SIZE = '6';
process.env.JOBS_POLL_INTERVAL_MS = '50';
// 50 first admins are hashed at once below: a cheap argon2 keeps the test about the pool, not the hasher.
process.env.PASSWORD_HASH_MEMORY_KIB = '1024';
process.env.PASSWORD_HASH_TIME_COST = '1';
const { createTestApp, uniqueDomain, withDatabase } = await import('./support/app.js');
const { adminHeaders, TEST_PASSWORD } = await import('./support/auth.js');
const { eventually } = await import('./support/wait.js');
const { MIGRATIONS_DIR } = await import('../src/platform/database/database.constants.js');
const { loadMigrations } = await import('../src/platform/database/migrator.js');
const { StartupMigrations } = await import('../src/platform/database/startup-migrations.js');

const SIZE = 6;
const LATEST = loadMigrations('migrations', 'tenant').at(-1)!.version;

interface PendingRow {
  id: string;
  schema_version: string | null;
  users_table: string | null;
}

/** Pending rows with whether their schema really has the tenant tables. */
const pendingRows = () =>
  withDatabase(async (db) => {
    const { rows } = await db.query<PendingRow>(
      `SELECT id, schema_version, to_regclass(format('%I.users', 'tenant_' || replace(id::text, '-', '_')))::text
              AS users_table
       FROM public.tenants WHERE status = 'pending' ORDER BY created_at`,
    );
    return rows;
  });
const poolFull = () => eventually(async () => (await pendingRows()).length === SIZE, 30_000, 'a full pool');
const signUp = (t: TestApp, name: string, domain = uniqueDomain('pool')) =>
  t.http
    .post('/api/tenants')
    .set(adminHeaders)
    .send({ name, domain, admin: { email: `boss@${domain}`, password: TEST_PASSWORD } });

describe('Pending tenant pool (TENANT_POOL_SIZE)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
    // Leave no pending tenant or refill job behind for the suites that run with the pool off.
    await withDatabase(async (db) => {
      for (const p of await pendingRows()) {
        await db.query(`DROP SCHEMA IF EXISTS "tenant_${p.id.replaceAll('-', '_')}" CASCADE`);
      }
      await db.query(`DELETE FROM public.tenants WHERE status = 'pending'`);
      await db.query(`DELETE FROM public.jobs WHERE name = 'tenants.pool-refill'`);
    });
  });

  it('fills up with fully migrated pending tenants that the API never shows', async () => {
    await poolFull();
    const pending = await pendingRows();
    expect(pending.every((p) => p.schema_version === LATEST && p.users_table !== null)).toBe(true);
    const list = await t.http.get('/api/tenants?limit=200&status=all').set(adminHeaders).expect(200);
    const listed = new Set(list.body.data.map((x: { id: string }) => x.id));
    expect(pending.filter((p) => listed.has(p.id))).toEqual([]);
    const one = pending[0].id;
    const byId = await t.http.get(`/api/tenants/${one}`).set(adminHeaders).expect(404);
    expect(byId.body).toEqual({ success: false, error: 'Tenant not found' });
    const scoped = await t.http.get('/api/tenant').set('x-tenant-id', one).expect(404);
    expect(scoped.body).toEqual({ success: false, error: 'Tenant not found' });
    const suspend = await t.http.post(`/api/tenants/${one}/suspend`).set(adminHeaders).send({}).expect(404);
    expect(suspend.body).toEqual({ success: false, error: 'Tenant not found' });
  });

  it('a sign-up claims a pending tenant with its name, domain and first admin, and the pool refills', async () => {
    await poolFull();
    const before = new Set((await pendingRows()).map((p) => p.id));
    const domain = uniqueDomain('claimed');
    const res = await signUp(t, 'Claimed', domain).expect(201);
    expect(res.body).toMatchObject({
      success: true,
      data: { name: 'Claimed', domain, status: 'active', schema_version: LATEST, admin: { email: `boss@${domain}` } },
    });
    expect(before.has(res.body.data.id)).toBe(true);
    const login = await t.http
      .post('/api/tenant/auth/login')
      .set('x-tenant-id', res.body.data.id)
      .send({ email: `boss@${domain}`, password: TEST_PASSWORD })
      .expect(200);
    expect(login.body.data.user.role).toBe('admin');
    const listed = await t.http.get('/api/tenants?limit=5').set(adminHeaders).expect(200);
    expect(listed.body.data[0].id).toBe(res.body.data.id);
    await poolFull();
  });

  it('a taken domain is a 409 and the pending tenant stays pending', async () => {
    const taken = (await signUp(t, 'Owner').expect(201)).body.data.domain as string;
    await poolFull();
    const before = (await pendingRows()).map((p) => p.id);
    const res = await signUp(t, 'Second', taken).expect(409);
    expect(res.body.success).toBe(false);
    expect((await pendingRows()).map((p) => p.id)).toEqual(before);
  });

  it('50 parallel sign-ups each get a distinct, complete tenant', async () => {
    await poolFull();
    const pooled = new Set((await pendingRows()).map((p) => p.id));
    const names = Array.from({ length: 50 }, (_, i) => `Parallel ${i}`);
    const results = await Promise.all(names.map((n) => signUp(t, n)));
    expect(results.map((r) => r.status)).toEqual(names.map(() => 201));
    const ids = results.map((r) => r.body.data.id as string);
    expect(new Set(ids).size).toBe(50);
    expect(ids.filter((id) => pooled.has(id)).length).toBeGreaterThan(0);
    const rows = await withDatabase(async (db) => {
      const out = [];
      for (const [i, id] of ids.entries()) {
        const schema = `tenant_${id.replaceAll('-', '_')}`;
        const { rows: r } = await db.query(
          `SELECT t.name, t.status, t.schema_version, (SELECT count(*)::int FROM "${schema}".users) AS users
           FROM public.tenants t WHERE t.id = $1`,
          [id],
        );
        out.push({ ...r[0], expected: names[i] });
      }
      return out;
    });
    for (const r of rows)
      expect(r).toEqual({ name: r.expected, status: 'active', schema_version: LATEST, users: 1, expected: r.expected });
    expect((await pendingRows()).every((p) => p.schema_version === LATEST && p.users_table !== null)).toBe(true);
  });

  it('a refill that fails half-way (a failing migration) leaves no half-provisioned pending tenant', async () => {
    await t.close();
    await withDatabase(async (db) => {
      for (const p of await pendingRows()) {
        await db.query(`DROP SCHEMA "tenant_${p.id.replaceAll('-', '_')}" CASCADE`);
      }
      await db.query(`DELETE FROM public.tenants WHERE status = 'pending'`);
      await db.query(`DELETE FROM public.jobs WHERE name = 'tenants.pool-refill'`);
    });
    const dir = mkdtempSync(join(tmpdir(), 'mtb-pool-'));
    cpSync('migrations', dir, { recursive: true });
    writeFileSync(join(dir, 'tenant', '999_breaks.sql'), 'CREATE TABLE half_done (id int);\nSELECT 1/0;\n');
    t = await createTestApp((b) =>
      b.overrideProvider(MIGRATIONS_DIR).useValue(dir).overrideProvider(StartupMigrations).useValue({}),
    );
    const failed = await eventually(
      () =>
        withDatabase(async (db) => {
          const { rows } = await db.query<{ last_error: string }>(
            `SELECT last_error FROM public.jobs WHERE name = 'tenants.pool-refill' AND last_error IS NOT NULL`,
          );
          return rows[0];
        }),
      30_000,
      'a failed refill',
    );
    expect(failed.last_error).toContain('division by zero');
    expect(await pendingRows()).toEqual([]);
    const leftovers = await withDatabase(async (db) => {
      const { rows } = await db.query(
        `SELECT n.nspname FROM pg_namespace n
         WHERE n.nspname LIKE 'tenant\\_%' AND NOT EXISTS (
           SELECT 1 FROM public.tenants t WHERE n.nspname = 'tenant_' || replace(t.id::text, '-', '_'))`,
      );
      return rows;
    });
    expect(leftovers).toEqual([]);
  });
});
