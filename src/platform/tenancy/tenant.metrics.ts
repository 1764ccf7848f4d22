import { Injectable } from '@nestjs/common';
import { cachedCollect } from '../observability/metrics/cached-collect.js';
import { Metrics } from '../observability/metrics/metrics.js';
import { TenantDirectory } from './tenant-directory.repository.js';

/** Read at most once per 15 s, whatever the scrape rate: one GROUP BY over the tenants table. */
const TENANT_COUNT_TTL_MS = 15_000;
const STATUSES = ['pending', 'active', 'suspended', 'deleted'];

/** `tenants{status}`: how many tenants are in each state. */
@Injectable()
export class TenantMetrics {
  constructor(metrics: Metrics, directory: TenantDirectory) {
    if (!metrics.enabled) return;
    const counts = cachedCollect(() => directory.countByStatus(), TENANT_COUNT_TTL_MS);
    metrics.gauge({
      name: 'tenants',
      // Read from the database: every worker of APP_WORKERS > 1 reports the same count, so the sum would be wrong.
      aggregator: 'max',
      help: 'Tenants by status (pending: provisioned ahead of sign-up), refreshed at most every 15 s',
      labelNames: ['status'] as const,
      async collect() {
        const rows = await counts();
        if (!rows) return;
        for (const status of STATUSES) this.set({ status }, rows.find((r) => r.status === status)?.count ?? 0);
      },
    });
  }
}
