import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import type { Metrics } from '../observability/metrics/metrics.js';
import { MemoryThrottlerStorage } from './memory-throttler.storage.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

type Hit = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** How long a failed Redis command sends the counting to memory before Redis is tried again. */
const RETRY_AFTER_MS = 5_000;

export interface RateLimitStoreState {
  store: 'memory' | 'redis';
  /** Redis is configured but unreachable: each replica counts alone until it is back. */
  degraded: boolean;
}

/**
 * Where the rate-limit counters live: Redis when REDIS_URL is set (all replicas count together), memory otherwise.
 * A Redis outage must not take the API down: while Redis is unreachable each replica counts in its own memory
 * (limits become per replica), which is logged once when it starts and once when it ends, and shown by readiness.
 */
export class RateLimitStore implements ThrottlerStorage {
  private readonly logger = new Logger('RateLimit');
  private readonly memory = new MemoryThrottlerStorage();
  private readonly shared: RedisThrottlerStorage | undefined;
  private degradedSince: number | undefined;
  private retryAt = 0;
  private closing = false;

  constructor(
    private readonly redis: Redis | null,
    private readonly metrics?: Metrics,
  ) {
    if (!redis) return;
    this.shared = new RedisThrottlerStorage(redis);
    redis.on('ready', () => this.recovered());
    // ioredis reconnects by itself; one line per outage, not one per reconnection attempt.
    redis.on('error', (err: Error) => this.degrade(err.message));
    redis.on('close', () => this.degrade('connection closed'));
  }

  get state(): RateLimitStoreState {
    return { store: this.shared ? 'redis' : 'memory', degraded: this.degradedSince !== undefined };
  }

  /** Counts one hit of limit `name`; a blocked hit is a request refused with 429 (`rate_limit_rejections_total`). */
  async increment(key: string, ttl: number, limit: number, blockDuration: number, name: string): Promise<Hit> {
    const hit = await this.count(key, ttl, limit, blockDuration, name);
    if (hit.isBlocked) this.metrics?.rateLimitRejected(name);
    return hit;
  }

  private async count(key: string, ttl: number, limit: number, blockDuration: number, name: string): Promise<Hit> {
    // Until the first connection is up, and during an outage, counts stay in memory.
    const usable = this.redis?.status === 'ready' && (this.degradedSince === undefined || Date.now() >= this.retryAt);
    if (!this.shared || !usable) return this.memory.increment(key, ttl, limit, blockDuration, name);
    try {
      const hit = await this.shared.increment(key, ttl, limit, blockDuration, name);
      this.recovered();
      return hit;
    } catch (err) {
      this.degrade(err instanceof Error ? err.message : String(err));
      this.retryAt = Date.now() + RETRY_AFTER_MS;
      return this.memory.increment(key, ttl, limit, blockDuration, name);
    }
  }

  /** Stops the memory store's sweeper; Redis closing after this is shutdown, not an outage. */
  close(): void {
    this.closing = true;
    this.memory.close();
  }

  private degrade(reason: string): void {
    if (this.degradedSince !== undefined || this.closing) return;
    this.degradedSince = Date.now();
    this.logger.error(
      `Redis is unreachable (${reason}): rate limits are counted per replica, in memory, until it is back`,
    );
  }

  private recovered(): void {
    if (this.degradedSince === undefined) return;
    const seconds = ((Date.now() - this.degradedSince) / 1000).toFixed(1);
    this.degradedSince = undefined;
    this.logger.warn(`Redis is back after ${seconds} s: rate limits are shared by all replicas again`);
  }
}
