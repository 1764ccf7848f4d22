import { appendFileSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from '../src/platform/database/database.constants.js';
import { StartupMigrations } from '../src/platform/database/startup-migrations.js';
import { createTenant, createTestApp, type TestApp, uniqueDomain, withDatabase } from './support/app.js';
import { adminHeaders } from './support/auth.js';
import { runNode } from './support/processes.js';

function copyMigrations(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mtb-migrations-'));
  cpSync('migrations', dir, { recursive: true });
  return dir;
}

async function tenantSchemaCount(): Promise<{ tenants: number; schemas: number }> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ tenants: number; schemas: number }>(
      `SELECT (SELECT count(*)::int FROM public.tenants) AS tenants,
              (SELECT count(*)::int FROM information_schema.schemata WHERE schema_name LIKE 'tenant\\_%') AS schemas`,
    );
    return rows[0];
  });
}

describe('Provisioning and migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await createTenant(t.http, 'Existing one');
    await createTenant(t.http, 'Existing two');
  });
  afterAll(() => t.close());

  it('provisions all or nothing: a failing tenant migration leaves no row and no schema', async () => {
    const dir = copyMigrations();
    writeFileSync(join(dir, 'tenant', '999_broken.sql'), 'CREATE TABLE users (id int);');
    const broken = await createTestApp((b) =>
      b.overrideProvider(MIGRATIONS_DIR).useValue(dir).overrideProvider(StartupMigrations).useValue({}),
    );
    try {
      const before = await tenantSchemaCount();
      const domain = uniqueDomain('atomic');
      const res = await broken.http.post('/api/tenants').set(adminHeaders).send({ name: 'Atomic', domain }).expect(500);
      expect(res.body).toEqual({ success: false, error: 'Internal server error', request_id: expect.any(String) });
      expect(await tenantSchemaCount()).toEqual(before);
      const rows = await withDatabase((db) => db.query('SELECT 1 FROM public.tenants WHERE domain = $1', [domain]));
      expect(rows.rowCount).toBe(0);
    } finally {
      await broken.close();
    }
  });

  it('npm run migrate adds a new tenant migration to every tenant schema, safely from two processes at once', async () => {
    const dir = copyMigrations();
    writeFileSync(join(dir, 'tenant', '900_contacts_nickname.sql'), 'ALTER TABLE contacts ADD COLUMN nickname text;');
    const [one, two] = await Promise.all([
      runNode('dist/migrate.js', { MIGRATIONS_DIR: dir }),
      runNode('dist/migrate.js', { MIGRATIONS_DIR: dir }),
    ]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stdout).toMatch(/tenants \d+\/\d+/);

    const { tenants } = await tenantSchemaCount();
    const applied = await withDatabase(async (db) => {
      const schemas = await db.query<{ schema_name: string }>(
        "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'tenant\\_%'",
      );
      let count = 0;
      for (const { schema_name } of schemas.rows) {
        const r = await db.query(`SELECT 1 FROM "${schema_name}".schema_migrations WHERE version = '900'`);
        count += r.rowCount ?? 0;
      }
      return count;
    });
    expect(applied).toBe(tenants);
    const columns = await withDatabase((db) =>
      db.query("SELECT 1 FROM information_schema.columns WHERE column_name = 'nickname' AND table_name = 'contacts'"),
    );
    expect(columns.rowCount).toBe(tenants);

    // Each schema got the new migration from exactly one of the two processes, and their reports add up.
    const reported = (out: string) => Number(/(\d+) tenant migrations across/.exec(out)?.[1]);
    expect(reported(one.stdout) + reported(two.stdout)).toBe(tenants);

    const again = await runNode('dist/migrate.js', { MIGRATIONS_DIR: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 tenant migrations');
  });

  it('npm run migrate refuses to run when an applied migration file was edited', async () => {
    const dir = copyMigrations();
    appendFileSync(join(dir, 'tenant', '001_crm.sql'), '\n-- edited\n');
    const res = await runNode('dist/migrate.js', { MIGRATIONS_DIR: dir });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('was edited after it was applied');
  });
});
