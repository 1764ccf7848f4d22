import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import cluster from 'node:cluster';
import {
  AggregatorRegistry,
  collectDefaultMetrics,
  Counter,
  Gauge,
  type GaugeConfiguration,
  Histogram,
  Registry,
} from 'prom-client';
import type { Env } from '../../config/env.validation.js';

/** Seconds; from a cached lookup (1 ms) to the request deadline. */
const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Seconds waited for a pooled connection: zero when one is idle, up to DATABASE_CONNECT_TIMEOUT_MS. */
const ACQUIRE_BUCKETS = [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10];

/**
 * The process's Prometheus registry and the metrics the platform counts, served on METRICS_PORT (MetricsServer).
 * No metric has a tenant label: tenants are unbounded, and a label per tenant would grow every scrape without end.
 * With METRICS=off nothing is collected or served, and the request hook is not installed.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly enabled: boolean;

  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status class (499: the client closed the connection)',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: HTTP_BUCKETS,
    registers: [this.registry],
  });

  /** The histogram's `_count` as a counter of its own: the usual `rate(http_requests_total[5m])`. */
  readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route template and status class',
    labelNames: ['method', 'route', 'status_class'] as const,
    registers: [this.registry],
  });

  readonly httpInFlight = new Gauge({
    name: 'http_requests_in_flight',
    help: 'HTTP requests received and not yet answered',
    registers: [this.registry],
  });

  readonly poolAcquire = new Histogram({
    name: 'db_pool_acquire_seconds',
    help: 'Time waited for a connection of the shared pool',
    buckets: ACQUIRE_BUCKETS,
    registers: [this.registry],
  });

  readonly dbErrors = new Counter({
    name: 'db_errors_total',
    help: 'Database errors answered by the API, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  readonly tenantCache = new Counter({
    name: 'tenant_cache_requests_total',
    help: 'Tenant lookups by the resolver cache, by result (hit or miss)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  readonly rateLimited = new Counter({
    name: 'rate_limit_rejections_total',
    help: 'Requests refused with 429, by the limit that refused them',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  readonly jobAttempts = new Counter({
    name: 'jobs_attempts_total',
    help: 'Job attempts finished, by job type and outcome (completed, failed, dead)',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly cacheHit = this.tenantCache.labels('hit');
  private readonly cacheMiss = this.tenantCache.labels('miss');

  constructor(config: ConfigService<Env, true>) {
    this.enabled = config.get('METRICS', { infer: true }) === 'on';
    if (!this.enabled) return;
    collectDefaultMetrics({ register: this.registry });
    // A worker of APP_WORKERS > 1 answers the primary's scrape (cluster-primary.ts), which sums the workers.
    if (cluster.isWorker) {
      new AggregatorRegistry();
      AggregatorRegistry.setRegistries([this.registry]);
    }
  }

  /** A gauge whose value is read at scrape time (`collect`), in this registry. */
  gauge<T extends string>(configuration: Omit<GaugeConfiguration<T>, 'registers'>): Gauge<T> {
    return new Gauge({ ...configuration, registers: [this.registry] });
  }

  tenantCacheLookup(hit: boolean): void {
    (hit ? this.cacheHit : this.cacheMiss).inc();
  }

  databaseError(kind: string): void {
    this.dbErrors.labels(kind).inc();
  }

  rateLimitRejected(limit: string): void {
    this.rateLimited.labels(limit).inc();
  }

  jobFinished(job: string, outcome: 'completed' | 'failed' | 'dead'): void {
    this.jobAttempts.labels(job, outcome).inc();
  }
}
