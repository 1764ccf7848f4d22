import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env.validation.js';
import { JobQueue } from '../jobs/job-queue.js';
import { JobScheduler } from '../jobs/job-scheduler.js';
import type { JobContext } from '../jobs/job.types.js';
import { EXPORT_JOB, type ExportJobData, type ExportResult } from './export-jobs.service.js';
import { ExportFiles } from './export-files.js';
import { TenantExportService } from './export.service.js';

export const EXPORT_CLEANUP_JOB = 'tenants.exports.cleanup';

const HOUR_MS = 3_600_000;

/**
 * The export job (one snapshot of one tenant into `<id>.ndjson.gz`; a rerun rewrites the same file) and the
 * recurring cleanup that removes files older than EXPORT_RETENTION_HOURS (every EXPORTS_CLEANUP_INTERVAL_MS).
 */
@Injectable()
export class TenantExportJob implements OnModuleInit {
  private readonly logger = new Logger('TenantExport');
  private readonly retentionMs: number;

  constructor(
    private readonly jobs: JobQueue,
    private readonly scheduler: JobScheduler,
    private readonly exporter: TenantExportService,
    private readonly files: ExportFiles,
    private readonly config: ConfigService<Env, true>,
  ) {
    this.retentionMs = config.get('EXPORT_RETENTION_HOURS', { infer: true }) * HOUR_MS;
  }

  onModuleInit(): void {
    const timeoutMs = this.config.get('EXPORT_TIMEOUT_MS', { infer: true });
    this.jobs.register<ExportJobData>(EXPORT_JOB, {
      // The export bounds itself at EXPORT_TIMEOUT_MS; the job's own timeout leaves it time to say so.
      defaults: { maxAttempts: 3, backoffMs: 30_000, timeoutMs: timeoutMs + 30_000 },
      handle: (job) => this.run(job),
    });
    this.jobs.register(EXPORT_CLEANUP_JOB, {
      defaults: { maxAttempts: 3, timeoutMs: 10 * 60_000 },
      handle: () => this.cleanup(),
    });
    const every = this.config.get('EXPORTS_CLEANUP_INTERVAL_MS', { infer: true });
    if (every > 0) this.scheduler.every(EXPORT_CLEANUP_JOB, every, { name: EXPORT_CLEANUP_JOB });
  }

  async run(job: JobContext<ExportJobData>): Promise<ExportResult> {
    const tenantId = job.data.tenant_id;
    await this.exporter.exportable(tenantId);
    const { body, counts } = await this.exporter.open(tenantId);
    const { size, sha256 } = await this.files.write(job.id, body, job.signal);
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    this.logger.log(`Export ${job.id} of tenant ${tenantId}: ${rows} rows, ${size} bytes`);
    return { size, sha256, rows, tables: counts, expires_at: new Date(Date.now() + this.retentionMs).toISOString() };
  }

  async cleanup(): Promise<{ removed: number }> {
    const removed = await this.files.removeOlderThan(new Date(Date.now() - this.retentionMs));
    if (removed > 0) this.logger.log(`Removed ${removed} expired export file(s)`);
    return { removed };
  }
}
