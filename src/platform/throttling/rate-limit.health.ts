import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { RateLimitStore } from './rate-limit-store.js';

/**
 * Readiness detail, always up: a Redis outage degrades rate limiting to per-replica counting, which is no reason
 * to take a replica out of rotation, but an operator should see it.
 */
@Injectable()
export class RateLimitHealthIndicator {
  constructor(
    private readonly store: RateLimitStore,
    private readonly indicators: HealthIndicatorService,
  ) {}

  check(key = 'rate_limit') {
    const { store, degraded } = this.store.state;
    const indicator = this.indicators.check(key);
    if (!degraded) return indicator.up({ store });
    return indicator.up({ store: 'memory', degraded: true, message: 'Redis is unreachable; counting per replica' });
  }
}
