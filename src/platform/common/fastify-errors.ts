import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { logAccess, logUnparsedAccess } from './access-log.js';
import { formatBytes } from './body-limit.js';
import { REQUEST_ID_HEADER } from './request-context.js';
import { onResponseClosed } from './response-closed.js';
import { SECURITY_HEADERS } from './security-headers.js';

export interface Described {
  status: number;
  error: string;
  details?: unknown;
}

/** Fastify's own errors (routing, content types, body limits): a fixed message each, never the URL or the body. */
export function describeFastifyError(err: object, request?: FastifyRequest): Described | undefined {
  const { code, statusCode } = err as Partial<Pick<FastifyError, 'code' | 'statusCode'>>;
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, error: `Request body is larger than ${formatBytes(routeBodyLimit(request))}` };
    case 'FST_ERR_CTP_INVALID_JSON':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, error: 'Request body is not valid JSON' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, error: 'Unsupported content type' };
    case 'FST_ERR_BAD_URL':
      return { status: 400, error: 'Request URL is not valid' };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return { status: 414, error: 'A path parameter is too long' };
  }
  // Fastify's JSON parser passes on JSON.parse's SyntaxError (which quotes the body) with a 400.
  if (err instanceof SyntaxError && statusCode === 400) return { status: 400, error: 'Request body is not valid JSON' };
  if (typeof code === 'string' && typeof statusCode === 'number' && statusCode < 500) {
    return { status: statusCode, error: STATUS_CODES[statusCode] ?? 'Request could not be read' };
  }
  return undefined;
}

function routeBodyLimit(request: FastifyRequest | undefined): number {
  try {
    return request?.routeOptions.bodyLimit ?? request?.server.initialConfig.bodyLimit ?? 1024 * 1024;
  } catch {
    return 1024 * 1024;
  }
}

/**
 * Errors the router raises before any hook runs (a malformed URL, an over-long path parameter): Fastify would
 * answer in its own format, echoing the URL, without the security headers or an access-log line.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const described = describeFastifyError(error, request) ?? { status: 400, error: 'Bad request' };
  onResponseClosed(reply.raw, () => logAccess(request, reply));
  reply
    .headers(SECURITY_HEADERS)
    .header(REQUEST_ID_HEADER, request.id)
    .code(described.status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ success: false, error: described.error }));
}

const CLIENT_ERRORS: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_INVALID_METHOD: 405,
};

/**
 * Node's HTTP parser rejected the request before Fastify saw it (headers too large, an unknown method, a broken
 * request line): the answer is written to the socket, in the envelope, with the security headers and a log line.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status = CLIENT_ERRORS[err.code ?? ''] ?? 400;
  const message = status === 405 ? 'Method not allowed' : (STATUS_CODES[status] ?? 'Bad request');
  const body = JSON.stringify({ success: false, error: message });
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  if (socket.writable) {
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('')}\r\n${body}`);
  }
  logUnparsedAccess(status, `client error ${err.code ?? 'unknown'}`);
  socket.destroy();
}
