import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../../platform/config/env.validation.js';
import { tenantSchema } from '../../platform/database/tenant-schema.js';
import { FileStorage } from '../../platform/files/file-storage.js';
import { TenantContext } from '../../platform/tenancy/tenant-context.js';
import { TenantDirectory } from '../../platform/tenancy/tenant-directory.repository.js';
import { FilesRepository } from './files.repository.js';

export interface SweepReport {
  /** Blobs removed because no file row names them. */
  removed: number;
  /** Storage folders or prefixes of tenants that no longer exist (a purge whose clean-up failed). */
  tenants_removed: number;
}

/** Ids checked against the table per query. */
const BATCH = 500;

/**
 * Removes what has no row: blobs of deleted rows (a record deleted with its files, a delete whose blob removal
 * failed), of uploads that crashed between blob and row, and everything of tenants that no longer exist. A blob
 * written less than FILES_SWEEP_GRACE_MS ago is left alone: its upload may still be about to write its row.
 */
@Injectable()
export class FilesSweep {
  private readonly graceMs: number;

  constructor(
    private readonly storage: FileStorage,
    private readonly directory: TenantDirectory,
    private readonly tenantContext: TenantContext,
    private readonly files: FilesRepository,
    config: ConfigService<Env, true>,
  ) {
    this.graceMs = config.get('FILES_SWEEP_GRACE_MS', { infer: true });
  }

  async sweep(signal?: AbortSignal): Promise<SweepReport> {
    const report: SweepReport = { removed: 0, tenants_removed: 0 };
    const cutoff = Date.now() - this.graceMs;
    for await (const tenantId of this.storage.tenants()) {
      signal?.throwIfAborted();
      const tenant = await this.directory.findById(tenantId);
      if (!tenant) {
        await this.storage.removeTenant(tenantId);
        report.tenants_removed += 1;
        continue;
      }
      const ref = { ...tenant, schema: tenantSchema(tenant.id) };
      report.removed += await this.tenantContext.run(ref, () => this.sweepTenant(tenant.id, cutoff));
    }
    return report;
  }

  private async sweepTenant(tenantId: string, cutoff: number): Promise<number> {
    let removed = 0;
    let batch: string[] = [];
    for await (const blob of this.storage.blobs(tenantId)) {
      if (blob.modifiedAt.getTime() > cutoff) continue;
      batch.push(blob.id);
      if (batch.length === BATCH) {
        removed += await this.removeOrphans(tenantId, batch);
        batch = [];
      }
    }
    if (batch.length > 0) removed += await this.removeOrphans(tenantId, batch);
    return removed;
  }

  private async removeOrphans(tenantId: string, ids: string[]): Promise<number> {
    const kept = await this.files.existing(ids);
    const orphans = [...new Set(ids)].filter((id) => !kept.has(id));
    for (const id of orphans) await this.storage.remove(tenantId, id);
    return orphans.length;
  }
}
