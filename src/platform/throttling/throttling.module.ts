import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import type { Env } from '../config/env.validation.js';
import { Metrics } from '../observability/metrics/metrics.js';
import { RateLimitHealthIndicator } from './rate-limit.health.js';
import { RateLimitStore } from './rate-limit-store.js';
import { AppThrottlerGuard, TenantThrottlerGuard } from './throttler.guard.js';
import { RATE_LIMIT_MESSAGE, throttlers } from './throttlers.js';

export const THROTTLER_REDIS = Symbol('THROTTLER_REDIS');

/** The Redis client behind the shared limits (null: in memory, per process) and the store on top of it. */
@Module({
  imports: [TerminusModule],
  providers: [
    {
      provide: THROTTLER_REDIS,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) => {
        const url = config.get('REDIS_URL', { infer: true });
        // No offline queue and a command timeout: while Redis is away a hit falls back to memory at once
        // instead of waiting for a reconnection (RateLimitStore).
        return url
          ? new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: 1000 })
          : null;
      },
    },
    {
      provide: RateLimitStore,
      inject: [THROTTLER_REDIS, Metrics],
      useFactory: (redis: Redis | null, metrics: Metrics) => new RateLimitStore(redis, metrics),
    },
    RateLimitHealthIndicator,
  ],
  exports: [THROTTLER_REDIS, RateLimitStore, RateLimitHealthIndicator],
})
export class RateLimitStoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(THROTTLER_REDIS) private readonly redis: Redis | null,
    private readonly store: RateLimitStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    this.store.close();
    if (this.redis?.status === 'ready') await this.redis.quit().catch(() => undefined);
    else this.redis?.disconnect();
  }
}

/**
 * Rate limits (see `throttlers.ts` and `ip-limit.hook.ts`), with 429 and Retry-After when exceeded.
 * In memory by default; with REDIS_URL every replica counts in one Redis (each in memory while it is away).
 */
@Module({
  imports: [
    RateLimitStoreModule,
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStoreModule],
      inject: [ConfigService, RateLimitStore],
      useFactory: (config: ConfigService<Env, true>, storage: RateLimitStore) => ({
        errorMessage: RATE_LIMIT_MESSAGE,
        storage,
        throttlers: throttlers({
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
  providers: [AppThrottlerGuard, TenantThrottlerGuard],
  exports: [AppThrottlerGuard, TenantThrottlerGuard, RateLimitStoreModule],
})
export class ThrottlingModule {}
