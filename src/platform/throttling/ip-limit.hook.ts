import { ThrottlerException } from '@nestjs/throttler';
import type { FastifyInstance } from 'fastify';
import type { RateLimitStore } from './rate-limit-store.js';
import { IP_THROTTLER, RATE_LIMIT_MESSAGE } from './throttlers.js';

const MINUTE = 60_000;

/**
 * The per-IP limit on every /api route, counted in an `onRequest` hook: before the body is read, the tenant is
 * looked up or a token is checked, so a flood from one address costs one counter increment per request.
 */
export function registerIpLimit(fastify: FastifyInstance, store: RateLimitStore, limit: number): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    // Same key as the other limits use (`<name>:<tracker>`), so the stores need no special case.
    const hit = await store.increment(`${IP_THROTTLER}:ip:${request.ip}`, MINUTE, limit, MINUTE, IP_THROTTLER);
    if (!hit.isBlocked) return;
    reply.header('Retry-After', String(Math.max(1, hit.timeToBlockExpire)));
    throw new ThrottlerException(RATE_LIMIT_MESSAGE);
  });
}
