import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from './support/app.js';
import { adminHeaders } from './support/auth.js';
import { captureOutput, rawRequest, type RawResponse } from './support/output.js';

const HELMET = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
];

describe("Fastify's and Node's own errors", () => {
  let t: TestApp;
  let port: number;
  let output: ReturnType<typeof captureOutput>;
  let expected: Record<string, string>;

  beforeAll(async () => {
    output = captureOutput();
    t = await createTestApp(undefined, ['error', 'warn', 'log']);
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    const live = await rawRequest(port, 'GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expected = Object.fromEntries(HELMET.map((name) => [name, live.headers[name]]));
    expect(expected['x-content-type-options']).toBe('nosniff');
  });
  afterAll(async () => {
    output.restore();
    await t.close();
  });

  const send = (requestLine: string, headers: string[] = [], body = '') =>
    rawRequest(port, [requestLine, 'Host: x', 'Connection: close', ...headers, '', body].join('\r\n'));

  function expectAnswer(res: RawResponse, status: number, error: string) {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual({ success: false, error });
    expect(Object.fromEntries(HELMET.map((name) => [name, res.headers[name]]))).toEqual(expected);
    expect(res.body).not.toMatch(/script|aaaa/);
  }

  it('answers an over-long path parameter with 414 in the envelope, without echoing the URL', async () => {
    const res = await send(`GET /api/tenant/contacts/<script>${'a'.repeat(200)} HTTP/1.1`);
    expectAnswer(res, 414, 'A path parameter is too long');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    // The route template (or none), never the raw URL.
    expect(await output.waitFor(/\[HTTP\] GET .* 414 /)).not.toMatch(/script|aaaa/);
  });

  it('answers a malformed URL with 400 in the envelope, without echoing it', async () => {
    const res = await send('GET /api/tenant/contacts/%3Cscript%3E%E0%A4%A HTTP/1.1');
    expectAnswer(res, 400, 'Request URL is not valid');
    expect(await output.waitFor(/\[HTTP\] GET .* 400 /)).not.toMatch(/script/i);
  });

  it('answers headers over the size limit with 431 in the envelope', async () => {
    const res = await send('GET /health/live HTTP/1.1', [`x-big: ${'a'.repeat(20_000)}`]);
    expectAnswer(res, 431, 'Request Header Fields Too Large');
    await output.waitFor(/\[HTTP\] - - 431 .*HPE_HEADER_OVERFLOW/);
  });

  it('answers a method Node does not know with 405 in the envelope', async () => {
    const res = await send('FOO /api/tenant HTTP/1.1');
    expectAnswer(res, 405, 'Method not allowed');
    await output.waitFor(/\[HTTP\] - - 405 .*HPE_INVALID_METHOD/);
  });

  it('answers a method no route has with 404, without echoing the URL', async () => {
    const res = await send('PROPFIND /api/tenant/<script> HTTP/1.1');
    expectAnswer(res, 404, 'Route not found');
    expect(await output.waitFor(/\[HTTP\] PROPFIND \(no route\) 404 /)).not.toMatch(/script/);
  });

  it('answers an unknown route with 404, without echoing the URL', async () => {
    const res = await send('GET /api/nothing-here/<script> HTTP/1.1');
    expectAnswer(res, 404, 'Route not found');
  });

  it('answers an unsupported content type with 415 in the envelope', async () => {
    const body = '<tenant/>';
    const headers = [`x-api-key: ${adminHeaders['x-api-key']}`, 'content-type: application/xml'];
    const res = await send('POST /api/tenants HTTP/1.1', [...headers, `content-length: ${body.length}`], body);
    expectAnswer(res, 415, 'Unsupported content type');
    await output.waitFor(/\[HTTP\] POST \/api\/tenants 415 /);
  });

  it('answers an invalid content-length with 400 in the envelope', async () => {
    const res = await send('POST /api/tenants HTTP/1.1', ['content-type: application/json', 'content-length: abc']);
    expectAnswer(res, 400, 'Bad Request');
    await output.waitFor(/\[HTTP\] - - 400 .*HPE_/);
  });
});
