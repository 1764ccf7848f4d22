import { createTenant, createTenantSession, createTestApp, type TestApp, withDatabase } from './support/app.js';
import { adminHeaders } from './support/auth.js';
import { runNode } from './support/processes.js';

const schemaOf = (id: string) => `tenant_${id.replace(/-/g, '_')}`;

async function exists(id: string): Promise<{ row: boolean; schema: boolean }> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ row: boolean; schema: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM public.tenants WHERE id = $1) AS row,
              EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = $2) AS schema`,
      [id, schemaOf(id)],
    );
    return rows[0];
  });
}

async function platformActions(id: string): Promise<{ action: string; reason: string | null }[]> {
  return withDatabase(async (db) => {
    const { rows } = await db.query(
      'SELECT action, reason FROM public.platform_audit_log WHERE tenant_id = $1 ORDER BY seq',
      [id],
    );
    return rows;
  });
}

/** Deleted, with its retention window already over. */
async function expire(t: TestApp, id: string): Promise<void> {
  await t.http.delete(`/api/tenants/${id}`).set(adminHeaders).expect(200);
  await withDatabase((db) =>
    db.query("UPDATE public.tenants SET purge_after = now() - interval '1 minute' WHERE id = $1", [id]),
  );
}

const purge = (...args: string[]) => runNode('dist/purge.js', {}, 120_000, args);

describe('Purging tenants', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('DELETE /api/tenants/:id?purge=now', () => {
    it('erases the schema and the row at once; platform audit rows stay; the domain is free again', async () => {
      const s = await createTenantSession(t.http, 'Erase me');
      const id = s.tenant.id;
      const res = await t.http
        .delete(`/api/tenants/${id}?purge=now`)
        .set({ ...adminHeaders, 'x-confirm-purge': id })
        .expect(200);
      expect(res.body).toEqual({
        success: true,
        message: 'Tenant purged',
        data: { id, name: 'Erase me', domain: s.tenant.domain, purged: true },
      });
      expect(await exists(id)).toEqual({ row: false, schema: false });
      expect((await t.http.get('/api/tenant').set(s.headers).expect(404)).body).toEqual({
        success: false,
        error: 'Tenant not found',
      });
      await t.http.get(`/api/tenants/${id}`).set(adminHeaders).expect(404);
      expect(await platformActions(id)).toEqual([
        { action: 'create', reason: null },
        { action: 'purge', reason: 'erasure requested' },
      ]);
      await t.http.post('/api/tenants').set(adminHeaders).send({ name: 'Again', domain: s.tenant.domain }).expect(201);
    });

    it.each([
      [{}, 'x-confirm-purge header is required to purge a tenant now: set it to the tenant id'],
      [{ 'x-confirm-purge': '00000000-0000-4000-8000-000000000000' }, 'x-confirm-purge must equal the tenant id'],
    ])('refuses with 400 when the confirmation is %j, and erases nothing', async (header, error) => {
      const tenant = await createTenant(t.http);
      const res = await t.http
        .delete(`/api/tenants/${tenant.id}?purge=now`)
        .set({ ...adminHeaders, ...header })
        .expect(400);
      expect(res.body).toEqual({ success: false, error });
      expect(await exists(tenant.id)).toEqual({ row: true, schema: true });
    });

    it('refuses purge values other than now (400) and unknown tenants (404)', async () => {
      const tenant = await createTenant(t.http);
      const bad = await t.http
        .delete(`/api/tenants/${tenant.id}?purge=later`)
        .set({ ...adminHeaders, 'x-confirm-purge': tenant.id })
        .expect(400);
      expect(bad.body).toEqual({ success: false, error: 'purge must be "now"' });
      const unknown = '00000000-0000-4000-8000-000000000000';
      const missing = await t.http
        .delete(`/api/tenants/${unknown}?purge=now`)
        .set({ ...adminHeaders, 'x-confirm-purge': unknown })
        .expect(404);
      expect(missing.body).toEqual({ success: false, error: 'Tenant not found' });
    });
  });

  describe('npm run tenants:purge', () => {
    it('--dry-run lists what it would purge and changes nothing', async () => {
      const [expired, kept] = [await createTenant(t.http), await createTenant(t.http)];
      await expire(t, expired.id);
      await t.http.delete(`/api/tenants/${kept.id}`).set(adminHeaders).expect(200);
      const run = await purge('--dry-run');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`would purge ${expired.id}`);
      expect(run.stdout).not.toContain(kept.id);
      expect(run.stdout).toMatch(/dry run: \d+ tenant\(s\) would be purged; nothing was changed/);
      expect(await exists(expired.id)).toEqual({ row: true, schema: true });
    });

    it('purges expired tenants only, each once, from two processes at once', async () => {
      const expired = [await createTenant(t.http), await createTenant(t.http), await createTenant(t.http)];
      const [inWindow, active] = [await createTenant(t.http), await createTenant(t.http)];
      for (const e of expired) await expire(t, e.id);
      await t.http.delete(`/api/tenants/${inWindow.id}`).set(adminHeaders).expect(200);
      const runs = await Promise.all([purge(), purge()]);
      expect(runs.map((r) => r.code)).toEqual([0, 0]);
      const out = runs.map((r) => r.stdout).join('');
      for (const e of expired) {
        expect(out.split(`purged  ${e.id}`).length - 1).toBe(1);
        expect(await exists(e.id)).toEqual({ row: false, schema: false });
        expect((await platformActions(e.id)).map((a) => a.action)).toEqual(['create', 'delete', 'purge']);
      }
      expect(await exists(inWindow.id)).toEqual({ row: true, schema: true });
      expect(await exists(active.id)).toEqual({ row: true, schema: true });
    });

    it('reports a tenant that fails, purges the others and exits non-zero', async () => {
      const [stuck, fine] = [await createTenant(t.http), await createTenant(t.http)];
      await expire(t, stuck.id);
      await expire(t, fine.id);
      await withDatabase(async (db) => {
        await db.query('CREATE TABLE public.purge_blocker (tenant_id uuid REFERENCES public.tenants (id))');
        await db.query('INSERT INTO public.purge_blocker VALUES ($1)', [stuck.id]);
      });
      try {
        const run = await purge();
        expect(run.code).toBe(1);
        expect(run.stdout).toContain(`failed  ${stuck.id}`);
        expect(run.stdout).toContain(`purged  ${fine.id}`);
        expect(await exists(stuck.id)).toEqual({ row: true, schema: true });
        expect(await exists(fine.id)).toEqual({ row: false, schema: false });
      } finally {
        await withDatabase((db) => db.query('DROP TABLE public.purge_blocker'));
      }
    });
  });
});
