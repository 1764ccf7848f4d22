import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PlatformAuditLog } from '../audit/platform-audit-log.js';
import type { PlatformAction } from '../audit/audit-entry.js';
import { ChangeChannel } from '../changes/change-channel.js';
import type { Env } from '../config/env.validation.js';
import { DatabaseService, type Queryable } from '../database/database.service.js';
import type { Tenant } from '../tenancy/tenant.entity.js';
import { TenantResolver } from '../tenancy/tenant-resolver.service.js';
import type { UpdateTenantDto } from './dto/update-tenant.dto.js';
import { TenantsRepository } from './tenants.repository.js';

/** What a lifecycle call answers: the tenant as it now is, and whether the call changed anything. */
export interface Transition {
  tenant: Tenant;
  changed: boolean;
}

/**
 * Rename, suspend, resume, soft-delete and restore. Each runs in one transaction on the locked tenant row, so
 * concurrent transitions of one tenant take turns; a repeated transition changes nothing and is not an error;
 * one that makes no sense from the current status is a 409 that says why.
 */
@Injectable()
export class TenantLifecycleService {
  private readonly retentionDays: number;

  constructor(
    private readonly db: DatabaseService,
    private readonly tenants: TenantsRepository,
    private readonly resolver: TenantResolver,
    private readonly audit: PlatformAuditLog,
    private readonly changes: ChangeChannel,
    config: ConfigService<Env, true>,
  ) {
    this.retentionDays = config.get('TENANT_RETENTION_DAYS', { infer: true });
  }

  async update(id: string, patch: UpdateTenantDto): Promise<Tenant> {
    if (patch.name === undefined && patch.domain === undefined) {
      throw new BadRequestException('Provide at least one of name, domain');
    }
    const { tenant } = await this.transition(id, 'update', async (tx, current) => {
      if (current.status === 'deleted') throw new ConflictException('Tenant is deleted: restore it before changing it');
      return this.tenants.update(tx, id, patch);
    });
    return tenant;
  }

  suspend(id: string, reason: string | null): Promise<Transition> {
    return this.transition(id, 'suspend', async (tx, current) => {
      if (current.status === 'deleted') {
        throw new ConflictException('Tenant is deleted: restore it before suspending it');
      }
      if (current.status === 'suspended') return undefined;
      return this.tenants.suspend(tx, id, reason);
    });
  }

  resume(id: string): Promise<Transition> {
    return this.transition(id, 'resume', async (tx, current) => {
      if (current.status === 'deleted') {
        throw new ConflictException('Tenant is deleted: restore it instead of resuming it');
      }
      if (current.status === 'active') return undefined;
      return this.tenants.resume(tx, id);
    });
  }

  remove(id: string): Promise<Transition> {
    return this.transition(id, 'delete', async (tx, current) => {
      if (current.status === 'deleted') return undefined;
      return this.tenants.softDelete(tx, id, this.retentionDays);
    });
  }

  restore(id: string): Promise<Transition> {
    return this.transition(id, 'restore', async (tx, current) => {
      if (current.status !== 'deleted') return undefined;
      if (current.purge_after && current.purge_after.getTime() <= Date.now()) {
        throw new ConflictException(
          `Tenant's retention window ended at ${current.purge_after.toISOString()}: it can no longer be restored`,
        );
      }
      return this.tenants.restore(tx, id);
    });
  }

  /**
   * Locks the row and lets `change` decide (undefined: nothing to do). A change writes its platform audit row and
   * announces itself on the change channel in the same transaction (every replica drops its cached copy once it
   * commits); this replica's copy is dropped right after the commit, so its own next request cannot race the
   * notification.
   */
  private async transition(
    id: string,
    action: PlatformAction,
    change: (tx: Queryable, current: Tenant) => Promise<Tenant | undefined>,
  ): Promise<Transition> {
    const result = await this.db.transaction(async (tx) => {
      const current = await this.tenants.lock(tx, id);
      if (!current) throw new NotFoundException('Tenant not found');
      const changed = await change(tx, current);
      if (changed) {
        await this.audit.record(tx, {
          tenant_id: id,
          action,
          reason: action === 'suspend' ? changed.suspension_reason : null,
          details: { changes: diff(current, changed) },
        });
        await this.changes.publish(tx, { type: 'tenant', tenant_id: id });
      }
      return { tenant: changed ?? current, changed: changed !== undefined };
    });
    if (result.changed) this.resolver.forget(id);
    return result;
  }
}

const AUDITED_FIELDS = ['name', 'domain', 'status', 'suspension_reason', 'deleted_at', 'purge_after'] as const;

/** The audited fields a transition changed, with their old and new values. */
function diff(before: Tenant, after: Tenant): Record<string, { old: unknown; new: unknown }> {
  const changes: Record<string, { old: unknown; new: unknown }> = {};
  for (const field of AUDITED_FIELDS) {
    const [was, now] = [before[field], after[field]];
    const same = was instanceof Date && now instanceof Date ? was.getTime() === now.getTime() : was === now;
    if (!same) changes[field] = { old: was, new: now };
  }
  return changes;
}
