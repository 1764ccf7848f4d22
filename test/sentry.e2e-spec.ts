import type { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { createTenantSession, withDatabase, type TenantSession } from './support/app.js';
import { freePort, startNode, waitFor } from './support/processes.js';
import { startSentryIngest, type Envelope } from './support/sentry-ingest.js';

const events = (envelopes: Envelope[]) =>
  envelopes.flatMap((e) => e.items.filter((i) => i.header.type === 'event').map((i) => i.payload));

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The built app as a process of its own, with SENTRY_DSN pointing at a recording server on 127.0.0.1. */
describe('Error tracking (@sentry/nestjs, SENTRY_DSN)', () => {
  let ingest: Awaited<ReturnType<typeof startSentryIngest>>;
  let child: ChildProcess;
  let http: ReturnType<typeof request>;
  let s: TenantSession;
  let schema: string;

  beforeAll(async () => {
    ingest = await startSentryIngest();
    const port = await freePort();
    child = startNode('dist/main.js', { PORT: String(port), SENTRY_DSN: ingest.dsn, LOG_LEVEL: 'error' });
    child.stdout?.resume();
    child.stderr?.resume();
    await waitFor(`http://127.0.0.1:${port}/health/live`, (status) => status === 200);
    http = request(`http://127.0.0.1:${port}`);
    s = await createTenantSession(http, 'Sentry');
    schema = `tenant_${s.tenant.id.replace(/-/g, '_')}`;
  });
  afterAll(async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await ingest.close();
  });

  it('reports a 500 with request id, tenant, user and route as tags, and no body, email, token, key or cookie', async () => {
    const secrets = {
      apiKey: 'sentry-canary-api-key-0123456789',
      cookie: 'sid=sentry-canary-cookie',
      email: 'sentry-canary-person@example.com',
      token: s.headers.authorization.slice('Bearer '.length),
    };
    // Client errors first: none of them is reported.
    await http.get('/api/tenant/contacts/00000000-0000-4000-8000-000000000000').set(s.headers).expect(404);
    await http.post('/api/tenant/contacts').set(s.headers).send({ email: 'not an email' }).expect(400);
    await http.get('/api/tenant/contacts').set('x-tenant-id', s.tenant.id).expect(401);
    // A real unexpected failure: the tenant's table is gone (no mapped database error), so the insert is a 500.
    await withDatabase((c) => c.query(`ALTER TABLE "${schema}".contacts RENAME TO contacts_gone`));
    let res: request.Response;
    try {
      res = await http
        .post(`/api/tenant/contacts?q=${encodeURIComponent(secrets.email)}`)
        .set({ ...s.headers, 'x-api-key': secrets.apiKey, cookie: secrets.cookie, 'x-request-id': 'sentry-500-1' })
        .send({ first_name: 'Grace', last_name: 'Hopper', email: secrets.email, notes: 'password: hunter2-canary' })
        .expect(500);
    } finally {
      await withDatabase((c) => c.query(`ALTER TABLE "${schema}".contacts_gone RENAME TO contacts`));
    }
    expect(res.body).toEqual({ success: false, error: 'Internal server error', request_id: 'sentry-500-1' });

    await until(() => events(ingest.envelopes).length > 0);
    // Room for a wrongly reported 4xx to arrive too.
    await new Promise((r) => setTimeout(r, 1000));
    const reported = events(ingest.envelopes);
    expect(reported).toHaveLength(1);
    expect(reported[0].tags).toEqual(
      expect.objectContaining({
        request_id: 'sentry-500-1',
        tenant_id: s.tenant.id,
        user_id: s.admin.id,
        route: '/api/tenant/contacts',
      }),
    );
    expect(JSON.stringify(reported[0].exception)).toContain('does not exist');
    const raw = ingest.envelopes.map((e) => e.raw).join('\n');
    if (process.env.DEBUG_SENTRY) process.stderr.write(`${raw}\n`);
    for (const secret of [...Object.values(secrets), 'hunter2-canary', 'Grace', s.admin.email]) {
      expect(raw).not.toContain(secret);
    }
    expect(raw).not.toMatch(/authorization|x-api-key|"cookies?"/i);
  });

  it('reports a GraphQL operation that fails unexpectedly, with the same tags and without the variables', async () => {
    const before = events(ingest.envelopes).length;
    const email = 'graphql-canary@example.com';
    await withDatabase((c) => c.query(`ALTER TABLE "${schema}".contacts RENAME TO contacts_gone`));
    let res: request.Response;
    try {
      res = await http
        .post('/api/tenant/graphql')
        .set({ ...s.headers, 'x-request-id': 'sentry-gql-1' })
        .send({
          query: 'mutation($input: CreateContactInput!) { createContact(input: $input) { id } }',
          variables: { input: { first_name: 'Ada', email } },
        })
        .expect(200);
    } finally {
      await withDatabase((c) => c.query(`ALTER TABLE "${schema}".contacts_gone RENAME TO contacts`));
    }
    expect(res.body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', request_id: 'sentry-gql-1' });
    await until(() => events(ingest.envelopes).length > before);
    const reported = events(ingest.envelopes).slice(before);
    expect(reported[0].tags).toEqual(
      expect.objectContaining({
        request_id: 'sentry-gql-1',
        tenant_id: s.tenant.id,
        user_id: s.admin.id,
        route: '/api/tenant/graphql',
      }),
    );
    const raw = ingest.envelopes.map((e) => e.raw).join('\n');
    expect(raw).not.toContain(email);
  });
});
