import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTenant, createTestApp, type TestApp, withDatabase } from './support/app.js';
import { runNode } from './support/processes.js';

const schemaOf = (id: string) => `tenant_${id.replace(/-/g, '_')}`;

describe('npm run migrate: one failing tenant does not stop the run', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('migrates the others, lists the failed tenant with its error, exits 1, and --status reports it', async () => {
    const [bad, good] = [await createTenant(t.http, 'Fails'), await createTenant(t.http, 'Fine')];
    const dir = mkdtempSync(join(tmpdir(), 'mtb-migrations-'));
    cpSync('migrations', dir, { recursive: true });
    // Fails in one tenant's schema only (the runner sets the search_path to the schema it migrates).
    writeFileSync(
      join(dir, 'tenant', '950_fails_for_one.sql'),
      `DO $$ BEGIN
         IF current_schema() = '${schemaOf(bad.id)}' THEN RAISE EXCEPTION 'boom in this tenant'; END IF;
       END $$;
       CREATE TABLE notes (id int);`,
    );
    const run = await runNode('dist/migrate.js', { MIGRATIONS_DIR: dir }, 120_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 tenant schema(s) failed (the others are up to date):');
    expect(run.stdout).toContain(`  ${bad.id}: boom in this tenant`);

    const rows = await withDatabase(async (db) => {
      const { rows } = await db.query(
        'SELECT id, schema_version, migration_error FROM public.tenants WHERE id = ANY($1::uuid[])',
        [[bad.id, good.id]],
      );
      return Object.fromEntries(rows.map((r) => [r.id, r]));
    });
    expect(rows[good.id]).toMatchObject({ schema_version: '950', migration_error: null });
    expect(rows[bad.id].schema_version).not.toBe('950');
    expect(rows[bad.id].migration_error).toBe('boom in this tenant');
    const others = await withDatabase((db) =>
      db.query(
        "SELECT count(*)::int AS n FROM public.tenants WHERE migration_error IS NULL AND schema_version <> '950'",
      ),
    );
    expect(others.rows[0].n).toBe(0);

    const status = await runNode('dist/migrate.js', { MIGRATIONS_DIR: dir }, 60_000, ['--status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('newest tenant migration in this release: 950');
    expect(status.stdout).toMatch(/tenant schemas by version:\n(?:.*\n)*? {2}950: \d+\n/);
    expect(status.stdout).toContain('failed last time: 1');
    expect(status.stdout).toMatch(
      new RegExp(`  ${bad.id} ${bad.domain.replace(/\./g, '\\.')} at .*: boom in this tenant`),
    );
  });
});
