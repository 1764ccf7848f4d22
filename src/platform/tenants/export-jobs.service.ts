import { ConflictException, GoneException, Injectable, NotFoundException } from '@nestjs/common';
import type { ReadStream } from 'node:fs';
import { PlatformAuditLog } from '../audit/platform-audit-log.js';
import { DatabaseService } from '../database/database.service.js';
import { JobQueue } from '../jobs/job-queue.js';
import type { JobRow, JobState } from '../jobs/job.types.js';
import { JobsRepository } from '../jobs/jobs.repository.js';
import { ExportFiles } from './export-files.js';
import { TenantExportService } from './export.service.js';

export const EXPORT_JOB = 'tenants.export';

/** What an export job carries. */
export interface ExportJobData {
  tenant_id: string;
}

/** What a completed export job records (the job's `result`). */
export interface ExportResult {
  size: number;
  sha256: string;
  rows: number;
  tables: Record<string, number>;
  expires_at: string;
}

export type ExportStatus = 'queued' | 'running' | 'completed' | 'failed';

const STATUS: Record<JobState, ExportStatus> = {
  queued: 'queued',
  active: 'running',
  completed: 'completed',
  dead: 'failed',
  cancelled: 'failed',
};

/** An export job as the API shows it. */
export function exportView(job: JobRow, tenantId: string) {
  const result = job.state === 'completed' ? (job.result as ExportResult | null) : null;
  const expiresAt = result ? new Date(result.expires_at) : null;
  return {
    id: job.id,
    tenant_id: tenantId,
    status: STATUS[job.state],
    attempts: job.attempts,
    max_attempts: job.max_attempts,
    last_error: job.last_error,
    size: result?.size ?? null,
    sha256: result?.sha256 ?? null,
    rows: result?.rows ?? null,
    tables: result?.tables ?? null,
    expires_at: expiresAt,
    expired: expiresAt ? expiresAt.getTime() <= Date.now() : false,
    created_at: job.created_at,
    started_at: job.started_at,
    finished_at: job.finished_at,
  };
}

/**
 * Exports as jobs, for tenants too large to stream in one request: `POST …/exports` enqueues one (with its platform
 * audit row, in one transaction), the job writes a gzipped NDJSON file, and the file can be downloaded until it
 * expires. An export id is the job's id; it belongs to the tenant it was made for (another tenant's id is a 404).
 */
@Injectable()
export class TenantExportJobs {
  constructor(
    private readonly db: DatabaseService,
    private readonly queue: JobQueue,
    private readonly jobs: JobsRepository,
    private readonly exporter: TenantExportService,
    private readonly files: ExportFiles,
    private readonly audit: PlatformAuditLog,
  ) {}

  async enqueue(tenantId: string): Promise<ReturnType<typeof exportView>> {
    await this.exporter.exportable(tenantId);
    const id = await this.db.transaction(async (tx) => {
      // A platform job (no tenant lane): it must run for suspended and soft-deleted tenants too.
      const jobId = (await this.queue.enqueue<ExportJobData>(tx, { name: EXPORT_JOB, data: { tenant_id: tenantId } }))!;
      await this.audit.record(tx, {
        tenant_id: tenantId,
        action: 'export',
        details: { mode: 'job', format: 'ndjson.gz', export_id: jobId },
      });
      return jobId;
    });
    return this.status(tenantId, id);
  }

  async status(tenantId: string, exportId: string): Promise<ReturnType<typeof exportView>> {
    return exportView(await this.find(tenantId, exportId), tenantId);
  }

  /** The file while it is kept: 409 before the job completed, 410 once it expired (or its file is gone). */
  async download(tenantId: string, exportId: string): Promise<{ stream: ReadStream; size: number }> {
    const view = exportView(await this.find(tenantId, exportId), tenantId);
    if (view.status !== 'completed') {
      throw new ConflictException(`Export is ${view.status}: its file can be downloaded once it is completed`);
    }
    if (view.expired) throw new GoneException(`Export expired at ${view.expires_at!.toISOString()}`);
    const file = await this.files.open(exportId);
    if (!file) throw new GoneException('Export file is no longer available');
    return file;
  }

  private async find(tenantId: string, exportId: string): Promise<JobRow> {
    const job = await this.jobs.findById(exportId);
    if (!job || job.name !== EXPORT_JOB || (job.data as ExportJobData).tenant_id !== tenantId) {
      throw new NotFoundException('Export not found');
    }
    return job;
  }
}
