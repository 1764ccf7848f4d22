import { ModulesContainer } from '@nestjs/core';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { AppModule } from '../src/app.module.js';
import { createTenantSession, createTestApp, type Http, type TenantSession, type TestApp } from './support/app.js';
import { adminHeaders, TEST_PASSWORD } from './support/auth.js';
import { hostileBody, hostileQuery, wrongKindBodies } from './support/fuzz-values.js';
import { controllersOf, type Route, routesOf } from './support/routes.js';

// Bounded for a shared 2-core machine; raise FUZZ_RUNS for a longer hunt (FUZZ_SEED replays a failure).
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const MAX_MS = Number(process.env.FUZZ_MAX_MS ?? 10_000);
const ROUTE_BUDGET_MS = 60_000;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

// Read from the decorators, so a route added to any module is fuzzed without touching this file.
const routes = routesOf(controllersOf(AppModule));
const MARKER = 'tenant-b-private-marker';

interface HostileRequest {
  param: string;
  body?: unknown;
  query: string;
  tenant: string | undefined;
  auth: string | undefined;
  apiKey: string | undefined;
  contentType: string;
}

describe('Fuzz: hostile bodies, query strings and headers on every route', () => {
  let t: TestApp;
  let http: Http;
  let a: TenantSession;
  let b: TenantSession;
  /** Ids of tenant B's rows: no response to tenant A may contain one. */
  const foreign: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    http = t.http;
    [a, b] = await Promise.all([createTenantSession(http, 'Fuzz A'), createTenantSession(http, 'Fuzz B')]);
    const make = async (path: string, body: object) =>
      (await http.post(`/api/tenant/${path}`).set(b.headers).send(body).expect(201)).body.data.id as string;
    const org = await make('organizations', { name: `${MARKER} org` });
    const contact = await make('contacts', { first_name: MARKER, organization_id: org });
    const lead = await make('leads', { title: `${MARKER} lead`, contact_id: contact });
    const task = await make('tasks', { title: `${MARKER} task`, lead_id: lead });
    const user = await make('users', { email: 'fuzz-b-user@example.com', password: TEST_PASSWORD });
    foreign.push(org, contact, lead, task, user, b.admin.id);
  });
  afterAll(() => t.close());

  it('finds every controller the running app serves, and their routes', () => {
    const running = [...t.app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.keys()]);
    expect(new Set(controllersOf(AppModule))).toEqual(new Set(running));
    const names = routes.map((r) => `${r.method} ${r.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'POST /api/tenants',
        'POST /api/tenant/auth/login',
        'PATCH /api/tenant/users/:id',
        'GET /api/tenant/contacts',
      ]),
    );
    expect(routes.find((r) => r.path === '/api/tenant/users/:id' && r.method === 'PATCH')?.body?.name).toBe(
      'UpdateUserDto',
    );
  });

  const hostileRequest = (route: Route): fc.Arbitrary<HostileRequest> => {
    const valid = <T extends string | undefined>(value: T, ...others: T[]) =>
      fc.oneof({ arbitrary: fc.constant(value), weight: 12 }, fc.constantFrom(...others));
    const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });
    const request = fc.record({
      param: fc.oneof(fc.uuid(), fc.constantFrom(...foreign), printable, fc.constantFrom('x'.repeat(300), '%00', '..')),
      body: route.body ? hostileBody(route.body) : fc.option(fc.jsonValue({ maxDepth: 2 })),
      query: route.method === 'GET' ? hostileQuery(route.query) : fc.constant(''),
      tenant: valid(
        a.tenant.id,
        undefined,
        '',
        'not-a-uuid',
        b.tenant.id,
        a.tenant.id.toUpperCase(),
        'x'.repeat(5_000),
      ),
      auth: valid<string | undefined>(
        a.headers.authorization,
        undefined,
        b.headers.authorization,
        a.headers.authorization.replace('Bearer', 'bearer'),
        'Bearer a.b.c',
        'Basic abc',
        `Bearer ${'x'.repeat(5_000)}`,
      ),
      apiKey: valid<string | undefined>(adminHeaders['x-api-key'], undefined, '', 'wrong', 'k'.repeat(5_000)),
      contentType: valid(
        'application/json',
        'text/plain',
        'application/json; charset=latin1',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ),
    });
    // B's own token with B's id is a legitimate request of B, not a leak.
    return request.filter((r) => !(r.tenant === b.tenant.id && r.auth === b.headers.authorization));
  };

  /** A well-formed request of tenant A's admin (and the platform key), with a random id. */
  const defaults = (): HostileRequest => ({
    param: randomUUID(),
    query: '',
    tenant: a.tenant.id,
    auth: a.headers.authorization,
    apiKey: adminHeaders['x-api-key'],
    contentType: 'application/json',
  });

  const send = (route: Route, r: HostileRequest) => {
    const path = route.path.replace(':id', encodeURIComponent(r.param)) + r.query;
    let req = http[route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](path);
    const headers: Record<string, string | undefined> = {
      'x-tenant-id': r.tenant,
      authorization: r.auth,
      'x-api-key': r.apiKey,
    };
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) req = req.set(name, value);
    if (r.body === undefined || route.method === 'GET' || route.method === 'DELETE') return req;
    return req.set('content-type', r.contentType).send(JSON.stringify(r.body));
  };

  const withBody = routes.filter((r) => r.body);
  it.each(withBody.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s: each field of each wrong JSON type is a 4xx, never a 5xx',
    async (_name, route) => {
      const failures: string[] = [];
      for (const { field, body } of wrongKindBodies(route.body!)) {
        const res = await send(route, { ...defaults(), body });
        if (res.status >= 500)
          failures.push(`${field}=${JSON.stringify(body[field.split(/[.[]/)[0]])?.slice(0, 60)}: ${res.status}`);
      }
      expect(failures).toEqual([]);
    },
  );

  it.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s: never a 5xx, never slow, never another tenant’s row',
    async (_name, route) => {
      await fc.assert(
        fc.asyncProperty(hostileRequest(route), async (r) => {
          const started = performance.now();
          const res = await send(route, r);
          const ms = performance.now() - started;
          const seen = `${res.status} in ${ms.toFixed(0)} ms: ${res.text.slice(0, 300)}`;
          expect({ seen, serverError: res.status >= 500 }).toEqual({ seen, serverError: false });
          expect({ seen, slow: ms > MAX_MS }).toEqual({ seen, slow: false });
          // The platform operator's routes list every tenant by design; tenant routes must never show B's data.
          if (!route.path.startsWith('/api/tenants')) {
            const leaked = [...foreign, MARKER].filter((id) => res.text.includes(id));
            expect({ seen, leaked }).toEqual({ seen, leaked: [] });
          }
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: ROUTE_BUDGET_MS, endOnFailure: true, seed: SEED },
      );
    },
  );

  it("leaves tenant B's rows as they were", async () => {
    for (const [path, id] of [
      ['organizations', foreign[0]],
      ['contacts', foreign[1]],
      ['leads', foreign[2]],
      ['tasks', foreign[3]],
      ['users', foreign[4]],
    ]) {
      const res = await http.get(`/api/tenant/${path}/${id}`).set(b.headers).expect(200);
      expect(res.body.data.id).toBe(id);
    }
  });
});
