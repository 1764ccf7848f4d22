import { readFileSync } from 'node:fs';
import { validate } from '@readme/openapi-parser';
import Fastify from 'fastify';
import request from 'supertest';
import type { OpenAPIV3_1 } from 'openapi-types';
import { createTestApp, createTenantSession, type TestApp } from './support/app.js';
import { ContractChecker, registerContractCheck, takeViolations } from './support/contract.js';

const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as OpenAPIV3_1.Document;

describe('OpenAPI document and docs page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves /openapi.json: valid per @readme/openapi-parser and equal to the committed openapi.json', async () => {
    const res = await t.http.get('/openapi.json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const result = await validate(structuredClone(res.body));
    expect(result).toEqual(expect.objectContaining({ valid: true, warnings: [] }));
    expect(res.body).toEqual(committed);
  });

  it('documents the tenant header and bearer scheme on tenant routes, and the API key on platform routes', () => {
    const list = committed.paths!['/api/tenant/contacts']!.get!;
    expect(list.parameters).toContainEqual(
      expect.objectContaining({
        name: 'x-tenant-id',
        in: 'header',
        required: true,
        schema: { type: 'string', format: 'uuid' },
      }),
    );
    expect(list.parameters).toContainEqual(
      expect.objectContaining({
        name: 'limit',
        in: 'query',
        schema: expect.objectContaining({ minimum: 1, maximum: 200 }),
      }),
    );
    expect(list.security).toEqual([{ bearer: [] }]);
    expect(committed.paths!['/api/tenant/auth/login']!.post!.security).toEqual([]);
    expect(committed.paths!['/api/tenants']!.get!.security).toEqual([{ 'api-key': [] }]);
    expect(committed.components!.securitySchemes).toEqual({
      'api-key': { type: 'apiKey', in: 'header', name: 'x-api-key' },
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    });
  });

  it('serves the Swagger UI at /docs from same-origin scripts that the CSP allows, outside the API limits', async () => {
    const page = await t.http.get('/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    // Every script is a same-origin file (no inline script, which script-src 'self' would block).
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, inline] of scripts) {
      expect(inline.trim()).toBe('');
      const src = /src=["']([^"']+)["']/.exec(attributes)?.[1] ?? '';
      const asset = await t.http.get(new URL(src, 'http://127.0.0.1/docs').pathname).expect(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);
    }
    expect(page.headers['x-ratelimit-limit']).toBeUndefined();
  });
});

describe('The contract check', () => {
  const checker = new ContractChecker(committed);
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('passes a real answer and fails it once a field is extra, missing or mistyped', async () => {
    const session = await createTenantSession(t.http, 'Contract tenant');
    const res = await t.http.post('/api/tenant/contacts').set(session.headers).send({ first_name: 'Ada' }).expect(201);
    const exchange = {
      method: 'POST',
      route: '/api/tenant/contacts',
      status: 201,
      contentType: 'application/json; charset=utf-8',
      body: res.text,
    };
    expect(checker.check(exchange)).toEqual([]);
    const withBody = (body: unknown) => ({ ...exchange, body: JSON.stringify(body) });
    expect(checker.check(withBody({ ...res.body, data: { ...res.body.data, secret: 'x' } }))).toEqual([
      'POST /api/tenant/contacts → 201: /data must NOT have additional properties (secret)',
    ]);
    const { email: _email, ...missing } = res.body.data;
    expect(checker.check(withBody({ ...res.body, data: missing }))).toEqual([
      "POST /api/tenant/contacts → 201: /data must have required property 'email'",
    ]);
    expect(checker.check(withBody({ ...res.body, data: { ...res.body.data, created_at: 'yesterday' } }))).toEqual([
      'POST /api/tenant/contacts → 201: /data/created_at must match format "date-time"',
    ]);
    expect(checker.check({ ...withBody({ success: false, error: 42 }), status: 400 })).toEqual([
      'POST /api/tenant/contacts → 400: /error must be string',
    ]);
  });

  it("fails a response without the headers the document requires, or with an own header it doesn't list", async () => {
    const session = await createTenantSession(t.http, 'Header contract tenant');
    const res = await t.http.get('/api/tenant/contacts').set(session.headers).expect(200);
    expect(res.headers['x-ratelimit-remaining-tenant']).toMatch(/^\d+$/);
    const exchange = {
      method: 'GET',
      route: '/api/tenant/contacts',
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: res.text,
      headers: res.headers as Record<string, string>,
    };
    expect(checker.check(exchange)).toEqual([]);
    const { 'x-request-id': _id, ...withoutId } = exchange.headers;
    expect(checker.check({ ...exchange, headers: withoutId })).toEqual([
      'GET /api/tenant/contacts → 200: header x-request-id is missing',
    ]);
    expect(checker.check({ ...exchange, headers: { ...exchange.headers, 'x-ratelimit-limit-auth-ip': '5' } })).toEqual([
      'GET /api/tenant/contacts → 200: header x-ratelimit-limit-auth-ip is not documented for this response',
    ]);
    expect(checker.check({ ...exchange, headers: { ...exchange.headers, 'x-request-id': 'a b' } })).toEqual([
      'GET /api/tenant/contacts → 200: header x-request-id: a b must match pattern "^[A-Za-z0-9._-]{1,64}$"',
    ]);
    const limited = { ...exchange, status: 429, body: '{"success":false,"error":"Too many requests; retry later"}' };
    expect(checker.check({ ...limited, headers: { 'x-request-id': 'r1' } })).toEqual([
      'GET /api/tenant/contacts → 429: header retry-after is missing',
    ]);
    expect(checker.check({ ...limited, headers: { 'x-request-id': 'r1', 'retry-after': 'soon' } })).toEqual([
      'GET /api/tenant/contacts → 429: header retry-after: soon must be integer',
    ]);
    expect(checker.check({ ...limited, headers: { 'x-request-id': 'r1', 'retry-after': '7' } })).toEqual([]);
  });

  it('checks only the content type of a stream', () => {
    const stream = { method: 'GET', route: '/api/tenants/:id/export', status: 200, body: undefined };
    expect(checker.check({ ...stream, contentType: 'application/x-ndjson; charset=utf-8' })).toEqual([]);
    expect(checker.check({ ...stream, contentType: 'text/html' })).toEqual([
      'GET /api/tenants/:id/export → 200: content type text/html is not one of application/x-ndjson',
    ]);
  });

  it('fails an undocumented status, an undocumented route and a body where none is documented', () => {
    const base = { method: 'GET', contentType: 'application/json', body: '{"success":true,"data":[]}' };
    expect(checker.check({ ...base, route: '/api/tenant/contacts', status: 418 })).toEqual([
      'GET /api/tenant/contacts → 418: status 418 is not documented for this route',
    ]);
    expect(checker.check({ ...base, route: '/api/tenant/nothing', status: 200 })).toEqual([
      'GET /api/tenant/nothing → 200: route is not in openapi.json',
    ]);
    expect(checker.check({ ...base, method: 'DELETE', route: '/api/tenant/contacts/:id', status: 204 })).toEqual([
      'DELETE /api/tenant/contacts/:id → 204: documented without a body, but sent {"success":true,"data":[]}',
    ]);
  });

  it('records every answer of an app through its onSend hook: an undocumented route fails', async () => {
    const app = Fastify();
    registerContractCheck(app, () => committed);
    app.addHook('onRequest', (req, reply, done) => {
      reply.header('x-request-id', req.id);
      done();
    });
    app.get('/api/tenant/undocumented', async () => ({ success: true, data: 1 }));
    app.get('/health', async () => ({ status: 'ok', database: 'connected', timestamp: new Date().toISOString() }));
    try {
      await app.ready();
      await request(app.server).get('/health').expect(200);
      expect(takeViolations()).toEqual([]);
      await request(app.server).get('/api/tenant/undocumented').expect(200);
      expect(takeViolations()).toEqual(['GET /api/tenant/undocumented → 200: route is not in openapi.json']);
    } finally {
      await app.close();
    }
  });
});
