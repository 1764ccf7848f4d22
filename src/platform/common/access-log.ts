import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { tenantIdOf, userIdOf } from '../observability/logging/log-fields.js';
import { currentRequestStore, type RequestStore } from './request-context.js';
import { onResponseClosed } from './response-closed.js';

const logger = new Logger('HTTP');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The resolved tenant; before it is resolved (an unknown or refused tenant), the header's id when it is one. */
function tenantOf(request: FastifyRequest, store: RequestStore | undefined): string | null {
  const resolved = tenantIdOf(store);
  if (resolved) return resolved;
  const header = request.headers['x-tenant-id'];
  return typeof header === 'string' && UUID.test(header) ? header.toLowerCase() : null;
}

/**
 * One line per request: `GET /api/tenant/contacts/:id 200 1.2ms` with the route template, never the raw URL (ids
 * and query strings stay out of the log, and lines group by route), plus request id, tenant, user and client IP as
 * fields. A request whose client went away before its answer was written is logged with 499 (nginx's "client
 * closed request").
 */
export function logAccess(request: FastifyRequest, reply: FastifyReply, store?: RequestStore): void {
  const answered = reply.raw.writableFinished;
  const status = answered ? reply.statusCode : 499;
  const route = request.routeOptions.url ?? null;
  const duration = reply.elapsedTime;
  const note = answered ? '' : ' (client closed the connection)';
  logger.log({
    msg: `${request.method} ${route ?? '(no route)'} ${status} ${duration.toFixed(1)}ms${note}`,
    request_id: request.id,
    method: request.method,
    route,
    status,
    duration_ms: Math.round(duration * 10) / 10,
    tenant_id: tenantOf(request, store),
    user_id: userIdOf(store) ?? null,
    ip: request.ip ?? null,
  });
}

/** For answers written before Fastify has a request (a header overflow, an unparsable request line). */
export function logUnparsedAccess(status: number, reason: string): void {
  logger.log({ msg: `- - ${status} 0.0ms (${reason})`, status, request_id: null, tenant_id: null, user_id: null });
}

/**
 * One line per request, when its response is closed: `close` follows `finish` for an answered request, and also
 * comes for one whose client disconnected first, which Fastify's `onResponse` never sees. Registered after the
 * request context, so the request's store (tenant and user, once known) is at hand.
 */
export function registerAccessLog(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const store = currentRequestStore();
    onResponseClosed(reply.raw, () => logAccess(request, reply, store));
    done();
  });
}
