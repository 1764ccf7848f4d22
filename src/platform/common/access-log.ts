import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const logger = new Logger('HTTP');

/**
 * `GET /api/tenant 200 1.2ms tenant=…`; a request whose client went away before its answer was written is logged
 * with 499 (nginx's "client closed request"). With LOG_LEVEL above `log` the line would be dropped anyway.
 */
export function logAccess(request: FastifyRequest, reply: FastifyReply): void {
  if (!Logger.isLevelEnabled('log')) return;
  const tenant = request.headers['x-tenant-id'];
  const tenantPart = typeof tenant === 'string' && tenant.length <= 36 ? ` tenant=${tenant}` : '';
  const answered = reply.raw.writableFinished;
  const status = answered ? reply.statusCode : 499;
  const note = answered ? '' : ' (client closed the connection)';
  logger.log(`${request.method} ${request.url} ${status} ${reply.elapsedTime.toFixed(1)}ms${tenantPart}${note}`);
}

/** For answers written before Fastify has a request (a header overflow, an unparsable request line). */
export function logUnparsedAccess(status: number, reason: string): void {
  if (Logger.isLevelEnabled('log')) logger.log(`- - ${status} 0.0ms (${reason})`);
}

/**
 * One line per request, when its response is closed: `close` follows `finish` for an answered request, and also
 * comes for one whose client disconnected first, which Fastify's `onResponse` never sees.
 */
export function registerAccessLog(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.raw.once('close', () => logAccess(request, reply));
    done();
  });
}
