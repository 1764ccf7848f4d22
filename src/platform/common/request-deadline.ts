import type { FastifyInstance } from 'fastify';
import { onResponseClosed } from './response-closed.js';

/**
 * An overall deadline for every request: if nothing has answered after `timeoutMs`, the client gets a 504 in
 * the envelope, whatever is still running (a guard or handler stuck on the database). The work itself is bounded
 * separately (query and connect timeouts) and its late answer is dropped, since the reply is already sent.
 */
export function registerRequestDeadline(fastify: FastifyInstance, timeoutMs: number): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    const timer = setTimeout(() => {
      // A response that has begun (a streamed export) can no longer become a 504: it bounds itself.
      if (reply.sent || reply.raw.headersSent || request.raw.destroyed) return;
      void reply.code(504).header('connection', 'close').send({ success: false, error: 'Request timed out' });
    }, timeoutMs);
    // 'close' fires once the response is written or the client went away, whichever comes first.
    onResponseClosed(reply.raw, () => clearTimeout(timer));
    done();
  });
}
