import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from '../src/platform/database/database.constants.js';
import { StartupMigrations } from '../src/platform/database/startup-migrations.js';
import { createTestApp, type TestApp, uniqueDomain, withDatabase } from './support/app.js';
import { adminHeaders, TEST_PASSWORD } from './support/auth.js';

/**
 * Issue 12 item 17: a tenant provisioned by an older release (during a rolling deploy, after `migrate` listed the
 * tenants) has a schema behind the code. The resolver notices from the recorded version and migrates it first.
 */
describe('Tenant schema version', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function provision(): Promise<{ id: string; email: string; schema: string }> {
    const domain = uniqueDomain('version');
    const email = `admin@${domain}`;
    const res = await t.http
      .post('/api/tenants')
      .set(adminHeaders)
      .send({ name: 'Old release', domain, admin: { email, password: TEST_PASSWORD } })
      .expect(201);
    return { id: res.body.data.id, email, schema: `tenant_${res.body.data.id.replace(/-/g, '_')}` };
  }

  /** The next release: the current migrations plus one more. */
  function nextRelease(extra: string, sql: string): Promise<TestApp> {
    const dir = mkdtempSync(join(tmpdir(), 'mtb-migrations-'));
    cpSync('migrations', dir, { recursive: true });
    writeFileSync(join(dir, 'tenant', extra), sql);
    return createTestApp((b) =>
      b.overrideProvider(MIGRATIONS_DIR).useValue(dir).overrideProvider(StartupMigrations).useValue({}),
    );
  }

  it('migrates a tenant provisioned by the previous release before serving it, and records the version', async () => {
    // Provisioned by "the old release" (this app) after the new release's migrate run listed the tenants.
    const tenant = await provision();
    const newer = await nextRelease('990_contacts_nickname.sql', 'ALTER TABLE contacts ADD COLUMN nickname text;');
    try {
      await newer.http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', tenant.id)
        .send({ email: tenant.email, password: TEST_PASSWORD })
        .expect(200);
      const after = await newer.http.get(`/api/tenants/${tenant.id}`).set(adminHeaders).expect(200);
      expect(after.body.data.schema_version).toBe('990');
      const column = await withDatabase((db) =>
        db.query(
          "SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'contacts' AND column_name = 'nickname'",
          [tenant.schema],
        ),
      );
      expect(column.rowCount).toBe(1);
    } finally {
      await newer.close();
      // The tenant now holds a migration the other suites' migration folders do not: remove it so their
      // `migrate` runs (which exit non-zero on any tenant they cannot migrate) stay independent of this one.
      await withDatabase(async (db) => {
        await db.query(`DROP SCHEMA IF EXISTS "${tenant.schema}" CASCADE`);
        await db.query('DELETE FROM public.tenants WHERE id = $1', [tenant.id]);
      });
    }
  });

  it('records the version of a tenant whose version was never recorded, on its first request', async () => {
    const tenant = await provision();
    const latest = (await t.http.get(`/api/tenants/${tenant.id}`).set(adminHeaders)).body.data.schema_version;
    await withDatabase((db) => db.query('UPDATE public.tenants SET schema_version = NULL WHERE id = $1', [tenant.id]));
    await t.http
      .post('/api/tenant/auth/login')
      .set('x-tenant-id', tenant.id)
      .send({ email: tenant.email, password: TEST_PASSWORD })
      .expect(200);
    const after = await t.http.get(`/api/tenants/${tenant.id}`).set(adminHeaders).expect(200);
    expect(after.body.data.schema_version).toBe(latest);
  });

  it('refuses with 503 and a log line when the schema is behind and cannot be migrated', async () => {
    const tenant = await provision();
    const newer = await nextRelease('999_broken.sql', 'SELECT * FROM no_such_table;');
    const written: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    const originalOut = process.stdout.write.bind(process.stdout);
    const capture = ((chunk: unknown) => written.push(String(chunk)) > 0) as typeof process.stderr.write;
    process.stderr.write = capture;
    process.stdout.write = capture;
    try {
      const res = await newer.http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', tenant.id)
        .send({ email: tenant.email, password: TEST_PASSWORD });
      expect([res.status, res.body]).toEqual([
        503,
        { success: false, error: 'Tenant schema is out of date and could not be migrated; try again later' },
      ]);
    } finally {
      process.stderr.write = original;
      process.stdout.write = originalOut;
      await newer.close();
    }
    expect(written.join('')).toContain(`Tenant ${tenant.id}: schema is behind the code`);
    // Nothing of the failed attempt remains; the current code still serves the tenant.
    await t.http
      .post('/api/tenant/auth/login')
      .set('x-tenant-id', tenant.id)
      .send({ email: tenant.email, password: TEST_PASSWORD })
      .expect(200);
  });
});
