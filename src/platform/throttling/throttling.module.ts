import { Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import type { Env } from '../config/env.validation.js';
import { isUuid } from '../database/tenant-schema.js';
import { MemoryThrottlerStorage } from './memory-throttler.storage.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';
import { AppThrottlerGuard, TENANT_THROTTLER, TenantThrottlerGuard } from './throttler.guard.js';
import { AUTH_THROTTLE_KEY } from './throttling.decorators.js';

export const THROTTLER_REDIS = Symbol('THROTTLER_REDIS');
const MINUTE = 60_000;

const isAuthRoute = (handler: object) => Reflect.getMetadata(AUTH_THROTTLE_KEY, handler) === true;
// The library counts per route by default; these limits count per tracker across all routes.
const acrossRoutes = (_context: unknown, tracker: string, name: string) => `${name}:${tracker}`;

/** The Redis client behind the shared limits (null: in-memory, per process), closed on shutdown. */
@Module({
  providers: [
    {
      provide: THROTTLER_REDIS,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) => {
        const url = config.get('REDIS_URL', { infer: true });
        if (!url) return null;
        const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
        const logger = new Logger('RateLimitRedis');
        redis.on('error', (err: Error) => logger.warn(`Redis: ${err.message}`));
        return redis;
      },
    },
  ],
  exports: [THROTTLER_REDIS],
})
class ThrottlerRedisModule implements OnApplicationShutdown {
  constructor(@Inject(THROTTLER_REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

/**
 * Rate limits, with 429 and Retry-After when exceeded:
 * - `tenant`: every /api route, counted per tenant (`x-tenant-id`) once authenticated, or per IP where there is none;
 * - `ip`: every /api route per client IP, before authentication;
 * - `auth-ip` and `auth-email`: login and refresh, per client IP and per tenant + email (brute force).
 * In memory by default; with REDIS_URL every replica counts in one Redis.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [ThrottlerRedisModule],
      inject: [ConfigService, THROTTLER_REDIS],
      useFactory: (config: ConfigService<Env, true>, redis: Redis | null) => ({
        errorMessage: 'Too many requests; retry later',
        storage: redis ? new RedisThrottlerStorage(redis) : new MemoryThrottlerStorage(),
        throttlers: [
          {
            name: TENANT_THROTTLER,
            ttl: MINUTE,
            generateKey: acrossRoutes,
            limit: config.get('RATE_LIMIT_TENANT_PER_MINUTE', { infer: true }),
            skipIf: (context) => !context.switchToHttp().getRequest<FastifyRequest>().url.startsWith('/api/'),
            getTracker: (req: Record<string, unknown>) => {
              const tenant = (req as unknown as FastifyRequest).headers['x-tenant-id'];
              return isUuid(tenant) ? `tenant:${tenant.toLowerCase()}` : `ip:${(req as unknown as FastifyRequest).ip}`;
            },
          },
          {
            // Every /api request per client IP, authenticated or not: unauthenticated floods stop here.
            name: 'ip',
            ttl: MINUTE,
            generateKey: acrossRoutes,
            limit: config.get('RATE_LIMIT_IP_PER_MINUTE', { infer: true }),
            skipIf: (context) => !context.switchToHttp().getRequest<FastifyRequest>().url.startsWith('/api/'),
            getTracker: (req: Record<string, unknown>) => `ip:${(req as unknown as FastifyRequest).ip}`,
          },
          {
            name: 'auth-ip',
            ttl: MINUTE,
            generateKey: acrossRoutes,
            limit: config.get('RATE_LIMIT_AUTH_PER_IP_PER_MINUTE', { infer: true }),
            skipIf: (context) => !isAuthRoute(context.getHandler()),
            getTracker: (req: Record<string, unknown>) => `ip:${(req as unknown as FastifyRequest).ip}`,
          },
          {
            name: 'auth-email',
            ttl: MINUTE,
            generateKey: acrossRoutes,
            limit: config.get('RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE', { infer: true }),
            skipIf: (context) => {
              const body = context.switchToHttp().getRequest<FastifyRequest>().body as { email?: unknown } | undefined;
              return !isAuthRoute(context.getHandler()) || typeof body?.email !== 'string';
            },
            getTracker: (req: Record<string, unknown>) => {
              const request = req as unknown as FastifyRequest;
              const email = String((request.body as { email: string }).email)
                .trim()
                .toLowerCase();
              return `email:${String(request.headers['x-tenant-id']).toLowerCase()}:${email}`;
            },
          },
        ],
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: AppThrottlerGuard }, TenantThrottlerGuard],
  exports: [TenantThrottlerGuard],
})
export class ThrottlingModule {}
