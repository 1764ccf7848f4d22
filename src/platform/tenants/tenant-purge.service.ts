import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { PlatformAuditLog } from '../audit/platform-audit-log.js';
import { ChangeChannel } from '../changes/change-channel.js';
import { DatabaseService, type Queryable } from '../database/database.service.js';
import { FileStorage } from '../files/file-storage.js';
import type { Tenant } from '../tenancy/tenant.entity.js';
import { TenantResolver } from '../tenancy/tenant-resolver.service.js';
import { TenantsRepository } from './tenants.repository.js';

export interface PurgeReport {
  purged: string[];
  failed: { id: string; error: string }[];
}

/**
 * Erasure: the tenant's schema and row go in one transaction with the platform audit row that records it (which
 * survives: it lives in the shared schema) and the change-channel notice that makes every replica forget it.
 */
@Injectable()
export class TenantPurgeService {
  private readonly logger = new Logger('TenantPurge');

  constructor(
    private readonly db: DatabaseService,
    private readonly tenants: TenantsRepository,
    private readonly audit: PlatformAuditLog,
    private readonly changes: ChangeChannel,
    private readonly resolver: TenantResolver,
    private readonly storage: FileStorage,
  ) {}

  /** `DELETE /api/tenants/:id?purge=now`: erases the tenant at once, whatever its status. */
  async purgeNow(id: string): Promise<Tenant> {
    const tenant = await this.retryOnDeadlock(() =>
      this.db.transaction(async (tx) => {
        const current = await this.tenants.lock(tx, id);
        if (!current) throw new NotFoundException('Tenant not found');
        await this.erase(tx, current, 'request');
        return current;
      }),
    );
    this.resolver.forget(id);
    await this.removeFiles(id);
    return tenant;
  }

  /**
   * DROP SCHEMA locks every table of the tenant after the tenant row is locked; a job of that tenant (the events
   * dispatcher reading its audit log) can hold a table and wait for the row, and PostgreSQL then aborts one of the two
   * (40P01). The purge was rolled back whole, so it is simply run again.
   */
  private async retryOnDeadlock<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await fn();
      } catch (err) {
        if (attempt >= attempts || (err as { code?: string }).code !== '40P01') throw err;
      }
    }
  }

  /** What `npm run tenants:purge` would erase now. */
  expired(): Promise<Tenant[]> {
    return this.tenants.listExpired();
  }

  /**
   * `npm run tenants:purge`: every deleted tenant past `purge_after`, one transaction each. A tenant that fails is
   * reported and skipped (after up to two retries of a deadlock); the others are still purged. Safe to run twice at
   * once (SKIP LOCKED).
   */
  async purgeExpired(report: (line: string) => void): Promise<PurgeReport> {
    const result: PurgeReport = { purged: [], failed: [] };
    const skip: string[] = [];
    const deadlocks = new Map<string, number>();
    for (;;) {
      let tenant: Tenant | undefined;
      try {
        await this.db.transaction(async (tx) => {
          tenant = await this.tenants.lockNextExpired(tx, skip);
          if (tenant) await this.erase(tx, tenant, 'retention');
        });
      } catch (err) {
        if (!tenant) throw err;
        // A deadlock with a job of that tenant rolled the purge back whole: pick the tenant again (as purgeNow does).
        const retries = deadlocks.get(tenant.id) ?? 0;
        if ((err as { code?: string }).code === '40P01' && retries < 2) {
          deadlocks.set(tenant.id, retries + 1);
          continue;
        }
        const error = err instanceof Error ? err.message : String(err);
        skip.push(tenant.id);
        result.failed.push({ id: tenant.id, error });
        report(`failed  ${tenant.id} ${tenant.domain}: ${error}`);
        continue;
      }
      if (!tenant) return result;
      await this.removeFiles(tenant.id);
      result.purged.push(tenant.id);
      report(`purged  ${tenant.id} ${tenant.domain} (deleted ${tenant.deleted_at?.toISOString()})`);
    }
  }

  /**
   * The tenant's file blobs, after the commit (storage is not transactional). Should this fail, the files sweep
   * removes the folder or prefix of a tenant that no longer exists.
   */
  private async removeFiles(id: string): Promise<void> {
    await this.storage.removeTenant(id).catch((err: unknown) => {
      this.logger.warn(`Files of purged tenant ${id} not removed now (the files sweep will): ${String(err)}`);
    });
  }

  private async erase(tx: Queryable, tenant: Tenant, trigger: 'request' | 'retention'): Promise<void> {
    await this.tenants.erase(tx, tenant.id);
    await this.audit.record(tx, {
      tenant_id: tenant.id,
      action: 'purge',
      reason: trigger === 'request' ? 'erasure requested' : 'retention period ended',
      details: { name: tenant.name, domain: tenant.domain, status: tenant.status, deleted_at: tenant.deleted_at },
    });
    await this.changes.publish(tx, { type: 'tenant', tenant_id: tenant.id });
  }
}
