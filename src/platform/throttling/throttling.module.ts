import { Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import type { Env } from '../config/env.validation.js';
import { MemoryThrottlerStorage } from './memory-throttler.storage.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';
import { AppThrottlerGuard, TenantThrottlerGuard } from './throttler.guard.js';
import { throttlers } from './throttlers.js';

export const THROTTLER_REDIS = Symbol('THROTTLER_REDIS');

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
 * Rate limits (see `throttlers.ts`), with 429 and Retry-After when exceeded.
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
        throttlers: throttlers({
          RATE_LIMIT_IP_PER_MINUTE: config.get('RATE_LIMIT_IP_PER_MINUTE', { infer: true }),
          RATE_LIMIT_TENANT_PER_MINUTE: config.get('RATE_LIMIT_TENANT_PER_MINUTE', { infer: true }),
          RATE_LIMIT_AUTH_PER_IP_PER_MINUTE: config.get('RATE_LIMIT_AUTH_PER_IP_PER_MINUTE', { infer: true }),
          RATE_LIMIT_AUTH_PER_EMAIL_IP_PER_MINUTE: config.get('RATE_LIMIT_AUTH_PER_EMAIL_IP_PER_MINUTE', {
            infer: true,
          }),
          RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE: config.get('RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE', { infer: true }),
        }),
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: AppThrottlerGuard }, TenantThrottlerGuard],
  exports: [TenantThrottlerGuard],
})
export class ThrottlingModule {}
