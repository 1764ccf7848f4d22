import { Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const logger = new Logger('HTTP');

/** `GET /api/tenant 200 1.2ms tenant=…`; with LOG_LEVEL above `log` the line would be dropped anyway. */
export function logAccess(request: FastifyRequest, reply: FastifyReply): void {
  if (!Logger.isLevelEnabled('log')) return;
  const tenant = request.headers['x-tenant-id'];
  const tenantPart = typeof tenant === 'string' && tenant.length <= 36 ? ` tenant=${tenant}` : '';
  logger.log(`${request.method} ${request.url} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)}ms${tenantPart}`);
}

/** For answers written before Fastify has a request (a header overflow, an unparsable request line). */
export function logUnparsedAccess(status: number, reason: string): void {
  if (Logger.isLevelEnabled('log')) logger.log(`- - ${status} 0.0ms (${reason})`);
}

/** One line per request, written when the response has been sent. */
export function registerAccessLog(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    logAccess(request, reply);
    done();
  });
}
