import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env.validation.js';
import { JobQueue } from '../jobs/job-queue.js';
import { JobScheduler } from '../jobs/job-scheduler.js';
import { TenantPurgeService } from './tenant-purge.service.js';

export const PURGE_JOB = 'tenants.purge';

/**
 * The purge of deleted tenants past `purge_after` as a recurring job (TENANTS_PURGE_INTERVAL_MS, hourly; 0 turns
 * it off and leaves `npm run tenants:purge` to a cron job). One run per period across all replicas; the purge
 * itself is safe to run twice at once (SKIP LOCKED), so a rerun after a crash does no harm.
 */
@Injectable()
export class TenantPurgeJob implements OnModuleInit {
  private readonly logger = new Logger('TenantPurge');

  constructor(
    private readonly jobs: JobQueue,
    private readonly scheduler: JobScheduler,
    private readonly purge: TenantPurgeService,
    private readonly config: ConfigService<Env, true>,
  ) {}

  onModuleInit(): void {
    this.jobs.register(PURGE_JOB, {
      defaults: { maxAttempts: 3, timeoutMs: 30 * 60_000 },
      handle: () => this.purge.purgeExpired((line) => this.logger.log(line)),
    });
    const every = this.config.get('TENANTS_PURGE_INTERVAL_MS', { infer: true });
    if (every > 0) this.scheduler.every(PURGE_JOB, every, { name: PURGE_JOB });
  }
}
