import { createHash } from 'node:crypto';
import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { TenantSession, TestApp } from './support/app.js';

process.env.JOBS_POLL_INTERVAL_MS = '50';
process.env.JOBS_MAINTENANCE_INTERVAL_MS = '200';
const { createTenant, createTenantSession, createTestApp, withDatabase } = await import('./support/app.js');
const { eventually } = await import('./support/wait.js');
const { adminHeaders } = await import('./support/auth.js');
const { JobQueue } = await import('../src/platform/jobs/job-queue.js');
const { EXPORT_JOB } = await import('../src/platform/tenants/export-jobs.service.js');
const { EXPORT_CLEANUP_JOB, TenantExportJob } = await import('../src/platform/tenants/export.job.js');

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const schemaOf = (id: string) => `tenant_${id.replace(/-/g, '_')}`;

interface Line {
  table: string;
  row: Record<string, unknown>;
}
const parse = (text: string): Line[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);

/** Supertest collects the body as text for any content type. */
const asText = (res: { text?: string; body: unknown }) => res.text ?? String(res.body);
const binary = (res: import('superagent').Response, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('Tenant export (/api/tenants/:id/export, /api/tenants/:id/exports)', () => {
  let t: TestApp;
  let s: TenantSession;
  let secrets: string[];
  beforeAll(async () => {
    t = await createTestApp();
    s = await createTenantSession(t.http, 'Exported');
    const org = await t.http.post('/api/tenant/organizations').set(s.headers).send({ name: 'Org' }).expect(201);
    const contact = await t.http
      .post('/api/tenant/contacts')
      .set(s.headers)
      .send({ first_name: 'Ada', organization_id: org.body.data.id })
      .expect(201);
    await t.http
      .post('/api/tenant/leads')
      .set(s.headers)
      .send({ title: 'Deal', contact_id: contact.body.data.id })
      .expect(201);
    await t.http.post('/api/tenant/tasks').set(s.headers).send({ title: 'Call' }).expect(201);
    secrets = await withDatabase(async (db) => {
      const schema = schemaOf(s.tenant.id);
      await db.query(
        `INSERT INTO "${schema}".webhook_subscriptions (url, events, secret) VALUES ('https://example.com/h', '{contact.created}', 'whsec_export_test_secret_value')`,
      );
      const users = await db.query(`SELECT password_hash FROM "${schema}".users`);
      const tokens = await db.query(`SELECT token_hash FROM "${schema}".refresh_tokens`);
      return [
        ...users.rows.map((r) => r.password_hash as string),
        ...tokens.rows.map((r) => r.token_hash as string),
        'whsec_export_test_secret_value',
        s.refreshToken,
      ];
    });
    expect(secrets.length).toBeGreaterThanOrEqual(4);
  });
  afterAll(() => t.close());

  const exportOf = (id: string) => t.http.get(`/api/tenants/${id}/export`).set(adminHeaders);

  describe('GET /api/tenants/:id/export', () => {
    it('streams every tenant table as NDJSON, one line per row, without secrets', async () => {
      const res = await exportOf(s.tenant.id).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="tenant-${s.tenant.id}.ndjson"`);
      const text = asText(res);
      expect(text.endsWith('\n')).toBe(true);
      const lines = parse(text);
      // Every table of the schema but the excluded ones, with exactly its rows.
      const expected = await withDatabase(async (db) => {
        const schema = schemaOf(s.tenant.id);
        const { rows } = await db.query<{ relname: string }>(
          `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = $1 AND c.relkind = 'r'`,
          [schema],
        );
        const counts: Record<string, number> = {};
        for (const { relname } of rows) {
          if (['refresh_tokens', 'schema_migrations', 'event_cursor'].includes(relname)) continue;
          const { rows: n } = await db.query(`SELECT count(*)::int AS n FROM "${schema}"."${relname}"`);
          counts[relname] = n[0].n;
        }
        return counts;
      });
      const got: Record<string, number> = Object.fromEntries(Object.keys(expected).map((k) => [k, 0]));
      for (const line of lines) got[line.table] += 1;
      expect(got).toEqual(expected);
      for (const table of ['users', 'organizations', 'contacts', 'leads', 'tasks', 'webhook_subscriptions']) {
        expect(expected[table]).toBeGreaterThan(0);
      }
      expect(expected.audit_log).toBeGreaterThan(0);
      const user = lines.find((l) => l.table === 'users')!.row;
      expect(user).toMatchObject({ id: s.admin.id, email: s.admin.email, role: 'admin' });
      expect(user).not.toHaveProperty('password_hash');
      const hook = lines.find((l) => l.table === 'webhook_subscriptions')!.row;
      expect(hook).toMatchObject({ url: 'https://example.com/h', events: ['contact.created'], active: true });
      expect(hook).not.toHaveProperty('secret');
      expect(lines.some((l) => l.table === 'refresh_tokens')).toBe(false);
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/password_hash|token_hash|"secret"|\$argon2/);
    });

    it('writes a platform audit row (action export, actor platform, client IP)', async () => {
      const tenant = await createTenant(t.http, 'Audited export');
      await exportOf(tenant.id).expect(200);
      const rows = await withDatabase(
        async (db) =>
          (
            await db.query(
              `SELECT actor_type, action, details, ip, request_id FROM public.platform_audit_log
               WHERE tenant_id = $1 AND action = 'export'`,
              [tenant.id],
            )
          ).rows,
      );
      expect(rows).toEqual([
        {
          actor_type: 'platform',
          action: 'export',
          details: { mode: 'stream', format: 'ndjson' },
          ip: expect.any(String),
          request_id: expect.any(String),
        },
      ]);
    });

    it('exports suspended tenants and deleted ones within their retention window; 409 past it', async () => {
      const tenant = await createTenant(t.http, 'Offboarded');
      await t.http.post(`/api/tenants/${tenant.id}/suspend`).set(adminHeaders).expect(200);
      await exportOf(tenant.id).expect(200);
      await t.http.delete(`/api/tenants/${tenant.id}`).set(adminHeaders).expect(200);
      await exportOf(tenant.id).expect(200);
      await withDatabase((db) =>
        db.query(`UPDATE public.tenants SET purge_after = now() - interval '1 minute' WHERE id = $1`, [tenant.id]),
      );
      const res = await exportOf(tenant.id).expect(409);
      expect(res.body).toEqual({
        success: false,
        error: expect.stringMatching(/^Tenant's retention window ended at .*: it can no longer be exported$/),
      });
      await t.http.post(`/api/tenants/${tenant.id}/exports`).set(adminHeaders).expect(409);
    });

    it('answers 401 without the API key, 400 for a malformed id, 404 for an unknown tenant', async () => {
      const noKey = await t.http.get(`/api/tenants/${s.tenant.id}/export`).expect(401);
      expect(noKey.body.success).toBe(false);
      const bad = await exportOf('not-a-uuid').expect(400);
      expect(bad.body).toEqual({ success: false, error: 'id must be a UUID' });
      const unknown = await exportOf(UNKNOWN).expect(404);
      expect(unknown.body).toEqual({ success: false, error: 'Tenant not found' });
    });
  });

  describe('export jobs', () => {
    const status = (tenantId: string, id: string) =>
      t.http.get(`/api/tenants/${tenantId}/exports/${id}`).set(adminHeaders);
    const download = (tenantId: string, id: string) =>
      t.http.get(`/api/tenants/${tenantId}/exports/${id}/download`).set(adminHeaders).buffer(true).parse(binary);
    const completed = (id: string) =>
      eventually(
        async () => {
          const res = await status(s.tenant.id, id).expect(200);
          if (res.body.data.status === 'failed') throw new Error(res.body.data.last_error);
          return res.body.data.status === 'completed' && res.body.data;
        },
        30_000,
        'the export job to complete',
      );

    it('POST queues a job (202), which completes with a file whose rows match the streamed export', async () => {
      const queued = await t.http.post(`/api/tenants/${s.tenant.id}/exports`).set(adminHeaders).expect(202);
      expect(queued.body).toEqual({
        success: true,
        message: 'Export queued',
        data: expect.objectContaining({ id: expect.any(String), tenant_id: s.tenant.id, status: 'queued' }),
      });
      const id = queued.body.data.id as string;
      expect(queued.headers.location).toBe(`/api/tenants/${s.tenant.id}/exports/${id}`);
      const done = await completed(id);
      expect(done).toMatchObject({
        attempts: 1,
        last_error: null,
        size: expect.any(Number),
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        expired: false,
      });
      const hours = (new Date(done.expires_at).getTime() - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(23.9);
      expect(hours).toBeLessThanOrEqual(24);

      const file = await download(s.tenant.id, id).expect(200);
      expect(file.headers['content-type']).toBe('application/gzip');
      expect(Number(file.headers['content-length'])).toBe(done.size);
      expect(
        createHash('sha256')
          .update(file.body as Buffer)
          .digest('hex'),
      ).toBe(done.sha256);
      const fromFile = gunzipSync(file.body as Buffer).toString('utf8');
      const streamed = asText(await exportOf(s.tenant.id).expect(200));
      expect(fromFile).toBe(streamed);
      expect(done.rows).toBe(parse(fromFile).length);
      for (const secret of secrets) expect(fromFile).not.toContain(secret);

      const audit = await withDatabase(
        async (db) =>
          (
            await db.query(
              `SELECT details FROM public.platform_audit_log WHERE tenant_id = $1 AND details->>'export_id' = $2`,
              [s.tenant.id, id],
            )
          ).rows,
      );
      expect(audit).toEqual([{ details: { mode: 'job', format: 'ndjson.gz', export_id: id } }]);
    });

    it("another tenant's export id is a 404; malformed ids are 400s; no key is 401", async () => {
      const other = await createTenant(t.http, 'Other');
      const { body } = await t.http.post(`/api/tenants/${s.tenant.id}/exports`).set(adminHeaders).expect(202);
      await completed(body.data.id);
      const res = await status(other.id, body.data.id).expect(404);
      expect(res.body).toEqual({ success: false, error: 'Export not found' });
      await download(other.id, body.data.id).expect(404);
      await status(s.tenant.id, UNKNOWN).expect(404);
      const bad = await status(s.tenant.id, 'nope').expect(400);
      expect(bad.body).toEqual({ success: false, error: 'exportId must be a UUID' });
      await t.http.get(`/api/tenants/${s.tenant.id}/exports/${body.data.id}`).expect(401);
      await t.http.post(`/api/tenants/${s.tenant.id}/exports`).expect(401);
      await t.http.post(`/api/tenants/${UNKNOWN}/exports`).set(adminHeaders).expect(404);
    });

    it('a failed attempt shows its error and attempts; its file cannot be downloaded (409)', async () => {
      const id = (await t.app.get(JobQueue).enqueueNow({ name: EXPORT_JOB, data: { tenant_id: UNKNOWN } }))!;
      const view = await eventually(
        async () => {
          const res = await status(UNKNOWN, id).expect(200);
          return res.body.data.attempts === 1 && res.body.data.status === 'queued' && res.body.data;
        },
        15_000,
        'the first attempt to fail',
      );
      expect(view).toMatchObject({ last_error: 'Tenant not found', max_attempts: 3, size: null, expires_at: null });
      const res = await download(UNKNOWN, id).expect(409);
      expect(JSON.parse((res.body as Buffer).toString())).toEqual({
        success: false,
        error: 'Export is queued: its file can be downloaded once it is completed',
      });
    });

    it('a job that runs twice leaves one complete file with the same content', async () => {
      const { body } = await t.http.post(`/api/tenants/${s.tenant.id}/exports`).set(adminHeaders).expect(202);
      const first = await completed(body.data.id);
      const job = t.app.get(TenantExportJob);
      const again = await job.run({
        id: body.data.id,
        name: EXPORT_JOB,
        tenantId: null,
        data: { tenant_id: s.tenant.id },
        attempt: 2,
        maxAttempts: 3,
        signal: new AbortController().signal,
      });
      expect(again).toMatchObject({ size: first.size, sha256: first.sha256, rows: first.rows });
      const dir = process.env.EXPORTS_DIR!;
      expect(readdirSync(dir).filter((f) => f.startsWith(body.data.id))).toEqual([`${body.data.id}.ndjson.gz`]);
    });

    it('expired exports answer 410, and the scheduled cleanup removes their files', async () => {
      const { body } = await t.http.post(`/api/tenants/${s.tenant.id}/exports`).set(adminHeaders).expect(202);
      const id = body.data.id as string;
      await completed(id);
      const file = join(process.env.EXPORTS_DIR!, `${id}.ndjson.gz`);
      expect(existsSync(file)).toBe(true);
      // Past EXPORT_RETENTION_HOURS (24): the job's expiry and the file's age.
      await withDatabase((db) =>
        db.query(
          `UPDATE public.jobs SET result = jsonb_set(result, '{expires_at}', to_jsonb((now() - interval '1 second')::text))
           WHERE id = $1`,
          [id],
        ),
      );
      const old = new Date(Date.now() - 25 * 3_600_000);
      utimesSync(file, old, old);
      const gone = await download(s.tenant.id, id).expect(410);
      expect(JSON.parse((gone.body as Buffer).toString()).error).toMatch(/^Export expired at /);
      expect((await status(s.tenant.id, id).expect(200)).body.data).toMatchObject({
        status: 'completed',
        expired: true,
      });

      const schedules = await withDatabase(
        async (db) =>
          (await db.query('SELECT name FROM public.job_schedules WHERE name = $1', [EXPORT_CLEANUP_JOB])).rows,
      );
      expect(schedules).toHaveLength(1);
      await t.app.get(JobQueue).enqueueNow({ name: EXPORT_CLEANUP_JOB });
      await eventually(() => !existsSync(file), 15_000, 'the cleanup to remove the file');
    });
  });
});
