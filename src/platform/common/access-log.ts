import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

const logger = new Logger('HTTP');

/** One line per request, written when the response has been sent. */
export function registerAccessLog(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    // With LOG_LEVEL above `log` the line would be dropped anyway.
    if (Logger.isLevelEnabled('log')) {
      const tenant = request.headers['x-tenant-id'];
      const tenantPart = typeof tenant === 'string' && tenant.length <= 36 ? ` tenant=${tenant}` : '';
      logger.log(`${request.method} ${request.url} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)}ms${tenantPart}`);
    }
    done();
  });
}
