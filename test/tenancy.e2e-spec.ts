import { DatabaseService } from '../src/platform/database/database.service.js';
import { tenantSchema } from '../src/platform/database/tenant-schema.js';
import { createTenant, createTenantSession, createTestApp, type TestApp } from './support/app.js';

describe('Tenant guard and TenantConnection (/api/tenant)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('returns the current tenant for a valid x-tenant-id', async () => {
    const { tenant, headers } = await createTenantSession(t.http, 'Current');
    const res = await t.http.get('/api/tenant').set(headers).expect(200);
    expect(res.body).toEqual({ success: true, data: expect.objectContaining({ id: tenant.id, name: 'Current' }) });
    expect(res.body.data.schema).toBeUndefined();
  });

  it('accepts the tenant id in upper case', async () => {
    const { tenant, headers } = await createTenantSession(t.http);
    const res = await t.http
      .get('/api/tenant')
      .set({ ...headers, 'x-tenant-id': tenant.id.toUpperCase() })
      .expect(200);
    expect(res.body.data.id).toBe(tenant.id);
  });

  it('returns 400 when x-tenant-id is missing', async () => {
    const res = await t.http.get('/api/tenant').expect(400);
    expect(res.body).toEqual({ success: false, error: 'x-tenant-id header is required' });
  });

  it.each(['abc', "'; DROP SCHEMA public; --", '00000000-0000-4000-8000-00000000000g'])(
    'returns 400 when x-tenant-id is %s',
    async (id) => {
      const res = await t.http.get('/api/tenant').set('x-tenant-id', id).expect(400);
      expect(res.body).toEqual({ success: false, error: 'x-tenant-id header must be a UUID' });
    },
  );

  it('returns 404 for an unknown tenant', async () => {
    const res = await t.http.get('/api/tenant').set('x-tenant-id', '00000000-0000-4000-8000-000000000000').expect(404);
    expect(res.body).toEqual({ success: false, error: 'Tenant not found' });
  });

  it('answers each of many concurrent requests with its own tenant', async () => {
    const sessions = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createTenantSession(t.http, `Concurrent ${i}`)),
    );
    const calls = Array.from({ length: 120 }, (_, i) => sessions[i % sessions.length]);
    const responses = await Promise.all(calls.map((s) => t.http.get('/api/tenant').set(s.headers)));
    responses.forEach((res, i) => {
      expect(res.status).toBe(200);
      expect(res.body.data.id).toBe(calls[i].tenant.id);
    });
  });

  it('binds each transaction to its tenant schema only, under concurrency and after errors', async () => {
    const db = t.app.get(DatabaseService);
    const [a, b] = await Promise.all([createTenant(t.http, 'Iso A'), createTenant(t.http, 'Iso B')]);
    const schemaA = tenantSchema(a.id);
    const schemaB = tenantSchema(b.id);
    await db.withTenantSchema(schemaA, (c) => c.query("INSERT INTO organizations (name) VALUES ('only in A')"));

    const jobs = Array.from({ length: 200 }, (_, i) => {
      const schema = i % 2 ? schemaA : schemaB;
      if (i % 7 === 0) {
        // A failing statement must not leave its binding on the pooled connection.
        return db
          .withTenantSchema(schema, (c) => c.query('SELECT * FROM no_such_table'))
          .then(
            () => 'unexpected',
            () => 'failed',
          );
      }
      return db.withTenantSchema(schema, async (c) => {
        const { rows } = await c.query<{ schema: string; n: number }>(
          'SELECT current_schema() AS schema, (SELECT count(*)::int FROM organizations) AS n',
        );
        return `${rows[0].schema}:${rows[0].n}`;
      });
    });
    const results = await Promise.all(jobs);
    results.forEach((result, i) => {
      if (i % 7 === 0) expect(result).toBe('failed');
      else expect(result).toBe(i % 2 ? `${schemaA}:1` : `${schemaB}:0`);
    });
    // Outside a tenant transaction the pool's connections are back on the default path.
    const { rows } = await db.query<{ search_path: string }>('SHOW search_path');
    expect(rows[0].search_path).not.toContain('tenant_');
  });
});
