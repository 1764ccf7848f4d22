import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../../platform/config/env.validation.js';
import { JobQueue } from '../../platform/jobs/job-queue.js';
import { JobScheduler } from '../../platform/jobs/job-scheduler.js';
import { FilesSweep } from './files-sweep.service.js';

export const SWEEP_JOB = 'files.sweep';

/** The sweep as a recurring platform job: once per FILES_SWEEP_INTERVAL_MS across all replicas (0: off). */
@Injectable()
export class FilesSweepJob implements OnModuleInit {
  private readonly logger = new Logger('FilesSweep');

  constructor(
    private readonly jobs: JobQueue,
    private readonly scheduler: JobScheduler,
    private readonly sweep: FilesSweep,
    private readonly config: ConfigService<Env, true>,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SWEEP_JOB, {
      defaults: { maxAttempts: 3, timeoutMs: 60 * 60_000 },
      handle: async ({ signal }) => {
        const report = await this.sweep.sweep(signal);
        if (report.removed + report.tenants_removed > 0) {
          this.logger.log(
            `removed ${report.removed} orphan blob(s), ${report.tenants_removed} purged tenant folder(s)`,
          );
        }
        return report;
      },
    });
    const every = this.config.get('FILES_SWEEP_INTERVAL_MS', { infer: true });
    if (every > 0) this.scheduler.every(SWEEP_JOB, every, { name: SWEEP_JOB });
  }
}
