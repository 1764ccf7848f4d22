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

  /** What an older release would have left: no refresh_tokens table, version 001 recorded (or none at all). */
  async function rollBack(tenant: { id: string; schema: string }, recorded: string | null): Promise<void> {
    await withDatabase(async (db) => {
      await db.query(`DROP TABLE "${tenant.schema}".refresh_tokens`);
      await db.query(`DELETE FROM "${tenant.schema}".schema_migrations WHERE version::numeric > 1`);
      await db.query('UPDATE public.tenants SET schema_version = $2 WHERE id = $1', [tenant.id, recorded]);
    });
  }

  it.each([['001'], [null]])(
    'migrates a schema recorded at %s before serving the tenant, and records the new version',
    async (recorded) => {
      const tenant = await provision();
      const latest = (await t.http.get(`/api/tenants/${tenant.id}`).set(adminHeaders)).body.data.schema_version;
      await rollBack(tenant, recorded);
      const login = await t.http
        .post('/api/tenant/auth/login')
        .set('x-tenant-id', tenant.id)
        .send({ email: tenant.email, password: TEST_PASSWORD })
        .expect(200);
      expect(login.body.data.refresh_token).toEqual(expect.any(String));
      const after = await t.http.get(`/api/tenants/${tenant.id}`).set(adminHeaders).expect(200);
      expect(after.body.data.schema_version).toBe(latest);
    },
  );

  it('refuses with 503 and a log line when the schema is behind and cannot be migrated', async () => {
    const tenant = await provision();
    const dir = mkdtempSync(join(tmpdir(), 'mtb-migrations-'));
    cpSync('migrations', dir, { recursive: true });
    writeFileSync(join(dir, 'tenant', '999_broken.sql'), 'SELECT * FROM no_such_table;');
    const newer = await createTestApp((b) =>
      b.overrideProvider(MIGRATIONS_DIR).useValue(dir).overrideProvider(StartupMigrations).useValue({}),
    );
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
