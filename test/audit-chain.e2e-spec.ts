import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { verifyTenantChain } from '../src/platform/audit/audit-verifier.js';
import { applyMigrations, loadMigrations } from '../src/platform/database/migrator.js';
import { createTenantSession, createTestApp, type TestApp, withDatabase } from './support/app.js';
import { adminHeaders } from './support/auth.js';

const schemaOf = (tenantId: string) => `tenant_${tenantId.replace(/-/g, '_')}`;

/** `node dist/audit-verify.js <args>` (what `npm run audit:verify --` runs after building). */
function verify(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['dist/audit-verify.js', ...args], { timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('Audit log hash chain', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('stays one unbroken chain under 40 concurrent writes in one tenant', async () => {
    const s = await createTenantSession(t.http, 'Concurrent chain');
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.http
          .post('/api/tenant/contacts')
          .set(s.headers)
          .send({ first_name: `C${i}` }),
      ),
    );
    results.forEach((res) => expect(res.status).toBe(201));
    const rows = await withDatabase(async (db) => {
      const r = await db.query<{ seq: string; prev_hash: string; hash: string }>(
        `SELECT seq, prev_hash, hash FROM "${schemaOf(s.tenant.id)}".audit_log WHERE resource = 'contacts' ORDER BY seq`,
      );
      return r.rows;
    });
    expect(rows).toHaveLength(40);
    const all = await withDatabase(async (db) => {
      const r = await db.query<{ seq: string; prev_hash: string; hash: string }>(
        `SELECT seq, prev_hash, hash FROM "${schemaOf(s.tenant.id)}".audit_log ORDER BY seq`,
      );
      return r.rows;
    });
    all.forEach((row, i) => {
      expect(Number(row.seq)).toBe(i + 1);
      expect(row.prev_hash).toBe(i === 0 ? '0'.repeat(64) : all[i - 1].hash);
    });
    const result = await verify(s.tenant.id);
    expect(result).toEqual({
      code: 0,
      stdout:
        `${schemaOf(s.tenant.id)}.audit_log: OK, ${all.length} rows\n` +
        `public.platform_audit_log (tenant ${s.tenant.id}): OK, 1 rows\n`,
      stderr: '',
    });
  });

  it('names the first row edited behind the app’s back, and exits non-zero', async () => {
    const s = await createTenantSession(t.http, 'Tampered chain');
    for (const name of ['One', 'Two', 'Three']) {
      await t.http.post('/api/tenant/organizations').set(s.headers).send({ name }).expect(201);
    }
    const schema = schemaOf(s.tenant.id);
    const target = await withDatabase(async (db) => {
      const { rows } = await db.query<{ seq: string; id: string }>(
        `SELECT seq, id FROM "${schema}".audit_log WHERE changes->'name'->>'new' = 'Two'`,
      );
      // As a superuser, with the append-only trigger disabled for this one edit.
      await db.query('BEGIN');
      await db.query(`ALTER TABLE "${schema}".audit_log DISABLE TRIGGER audit_log_append_only`);
      await db.query(`UPDATE "${schema}".audit_log SET changes = '{"name": {"new": "Forged"}}' WHERE seq = $1`, [
        rows[0].seq,
      ]);
      await db.query(`ALTER TABLE "${schema}".audit_log ENABLE TRIGGER audit_log_append_only`);
      await db.query('COMMIT');
      return rows[0];
    });
    const result = await verify(s.tenant.id);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `${schema}.audit_log: BROKEN at seq ${target.seq} (id ${target.id}): hash does not match the row content (the row was edited)`,
    );
    expect(result.stdout).toContain(`public.platform_audit_log (tenant ${s.tenant.id}): OK, 1 rows`);
  });

  it('names a deleted row as a gap', async () => {
    const s = await createTenantSession(t.http, 'Gap chain');
    for (const name of ['A', 'B', 'C']) {
      await t.http.post('/api/tenant/organizations').set(s.headers).send({ name }).expect(201);
    }
    const schema = schemaOf(s.tenant.id);
    const next = await withDatabase(async (db) => {
      const { rows } = await db.query<{ seq: string }>(
        `SELECT seq FROM "${schema}".audit_log WHERE changes->'name'->>'new' = 'B'`,
      );
      await db.query('BEGIN');
      await db.query(`ALTER TABLE "${schema}".audit_log DISABLE TRIGGER audit_log_append_only`);
      await db.query(`DELETE FROM "${schema}".audit_log WHERE seq = $1`, [rows[0].seq]);
      await db.query(`ALTER TABLE "${schema}".audit_log ENABLE TRIGGER audit_log_append_only`);
      await db.query('COMMIT');
      const after = await db.query<{ seq: string; id: string }>(
        `SELECT seq, id FROM "${schema}".audit_log WHERE seq > $1 ORDER BY seq LIMIT 1`,
        [rows[0].seq],
      );
      return { missing: Number(rows[0].seq), ...after.rows[0] };
    });
    const result = await verify(s.tenant.id);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `BROKEN at seq ${next.seq} (id ${next.id}): expected seq ${next.missing}: rows are missing before it`,
    );
  });

  it('refuses a tenant id that is not a UUID with exit code 2', async () => {
    const result = await verify('not-a-uuid');
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'usage: npm run audit:verify -- <tenant id (a UUID)>\n' });
  });

  it('lets a tenant schema be dropped with its audit log, and keeps its platform rows', async () => {
    const s = await createTenantSession(t.http, 'Dropped');
    await t.http.post('/api/tenant/organizations').set(s.headers).send({ name: 'Gone' }).expect(201);
    // The events dispatcher may be reading this tenant's audit_log: a deadlock is retried, as the purge does.
    for (let attempt = 1; ; attempt++) {
      try {
        await withDatabase((db) => db.query(`DROP SCHEMA "${schemaOf(s.tenant.id)}" CASCADE`));
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== '40P01' || attempt === 3) throw err;
      }
    }
    const platform = await t.http.get(`/api/tenants/${s.tenant.id}/audit-log`).set(adminHeaders).expect(200);
    expect(platform.body.data.map((r: { action: string }) => r.action)).toEqual(['create']);
    const result = await verify(s.tenant.id);
    expect(result).toEqual({
      code: 0,
      stdout:
        `${schemaOf(s.tenant.id)}: no such schema (an unknown or purged tenant); its audit_log is gone\n` +
        `public.platform_audit_log (tenant ${s.tenant.id}): OK, 1 rows\n`,
      stderr: '',
    });
  });

  it("continues a chain written by the shared triggers unbroken under the schema's own (tenant migration 009)", async () => {
    const schema = schemaOf(randomUUID());
    const migrations = loadMigrations('migrations', 'tenant');
    const triggers = async (db: pg.PoolClient) =>
      (
        await db.query<{ trigger: string }>(
          `SELECT t.tgname || ' ' || p.pronamespace::regnamespace::text || '.' || p.proname AS trigger
           FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
           WHERE t.tgrelid = $1::regclass AND NOT t.tgisinternal ORDER BY 1`,
          [`"${schema}".audit_log`],
        )
      ).rows.map((r) => r.trigger);
    const write = (db: pg.PoolClient, n: number) =>
      db.query(
        `INSERT INTO "${schema}".audit_log (actor_type, action, resource, resource_id, changes)
         SELECT 'platform', 'create', 'contacts', g::text, jsonb_build_object('n', g) FROM generate_series(1, $1) AS g`,
        [n],
      );
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    try {
      const db = await pool.connect();
      try {
        await db.query('BEGIN');
        await applyMigrations(
          db,
          schema,
          migrations.filter((m) => Number(m.version) < 9),
        );
        await db.query('COMMIT');
        expect(await triggers(db)).toEqual([
          'audit_log_append_only public.audit_reject_change',
          'audit_log_chain public.audit_log_chain',
          'audit_log_events public.events_wake',
          'audit_log_live public.audit_live_notify',
        ]);
        await write(db, 3);
        await db.query('BEGIN');
        await applyMigrations(db, schema, migrations);
        await db.query('COMMIT');
        expect(await triggers(db)).toEqual([
          'audit_log_append_only public.audit_reject_change',
          `audit_log_row ${schema}.audit_log_row`,
        ]);
        await write(db, 3);
      } finally {
        db.release();
      }
      expect(await verifyTenantChain(pool, schema)).toEqual({ chain: `${schema}.audit_log`, rows: 6 });
    } finally {
      await pool.end();
      await withDatabase((db) => db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
    }
  });
});
