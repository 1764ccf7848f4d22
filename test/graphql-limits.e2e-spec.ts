// This file's app reads these settings at import time (ConfigModule), so they are set before the import.
const SETTINGS = {
  RATE_LIMIT_TENANT_PER_MINUTE: '5',
  GRAPHQL_INTROSPECTION: 'off',
  GRAPHQL_IDE: 'off',
};
const saved = Object.fromEntries(Object.keys(SETTINGS).map((k) => [k, process.env[k]]));
Object.assign(process.env, SETTINGS);
const { createTenantSession, createTestApp } = await import('./support/app.js');
const { gql } = await import('./support/graphql.js');

afterAll(() => Object.assign(process.env, saved));

describe('GraphQL with production settings and a small tenant limit', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("counts each GraphQL request against the tenant's limit, REST and GraphQL together: 429 TOO_MANY_REQUESTS", async () => {
    const s = await createTenantSession(t.http, 'GraphQL limited');
    await t.http.get('/api/tenant/contacts').set(s.headers).expect(200);
    for (let i = 0; i < 4; i++) await gql(t.http, s.headers, '{ contacts { items { id } } }').expect(200);
    const refused = await gql(t.http, s.headers, '{ contacts { items { id } } }').expect(429);
    expect(refused.body).toEqual({
      errors: [{ message: 'Too many requests; retry later', extensions: { code: 'TOO_MANY_REQUESTS' } }],
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    await t.http.get('/api/tenant/contacts').set(s.headers).expect(429);
  });

  it('refuses introspection and serves no GraphiQL page when they are off', async () => {
    const s = await createTenantSession(t.http, 'GraphQL closed');
    const res = await gql(t.http, s.headers, '{ __schema { queryType { name } } }').expect(400);
    expect(res.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(res.body.errors[0].message).toContain('introspection');
    await t.http.get('/graphiql').expect(404);
  });
});
