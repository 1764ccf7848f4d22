import { Injectable } from '@nestjs/common';
import { cachedCollect } from '../observability/metrics/cached-collect.js';
import { Metrics } from '../observability/metrics/metrics.js';
import { JobsRepository } from './jobs.repository.js';

/** The partial indexes on state keep the count cheap; once per 5 s at most, whatever the scrape rate. */
const QUEUE_DEPTH_TTL_MS = 5_000;
const STATES = ['queued', 'active', 'dead'];

/** `jobs_queue_depth{state}`: jobs waiting (due or scheduled), running, and dead (retries exhausted). */
@Injectable()
export class JobMetrics {
  constructor(metrics: Metrics, repository: JobsRepository) {
    if (!metrics.enabled) return;
    const counts = cachedCollect(() => repository.countByState(), QUEUE_DEPTH_TTL_MS);
    metrics.gauge({
      name: 'jobs_queue_depth',
      // Read from the database: every worker of APP_WORKERS > 1 reports the same count, so the sum would be wrong.
      aggregator: 'max',
      help: 'Jobs in public.jobs by state: queued, active, dead; refreshed at most every 5 s',
      labelNames: ['state'] as const,
      async collect() {
        const rows = await counts();
        if (!rows) return;
        for (const state of STATES) this.set({ state }, rows.find((r) => r.state === state)?.count ?? 0);
      },
    });
  }
}
