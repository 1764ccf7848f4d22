import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
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
    config: ConfigService<Env, true>,
  ) {
    this.retentionDays = config.get('TENANT_RETENTION_DAYS', { infer: true });
  }

  async update(id: string, patch: UpdateTenantDto): Promise<Tenant> {
    if (patch.name === undefined && patch.domain === undefined) {
      throw new BadRequestException('Provide at least one of name, domain');
    }
    const { tenant } = await this.transition(id, async (tx, current) => {
      if (current.status === 'deleted') throw new ConflictException('Tenant is deleted: restore it before changing it');
      return this.tenants.update(tx, id, patch);
    });
    return tenant;
  }

  suspend(id: string, reason: string | null): Promise<Transition> {
    return this.transition(id, async (tx, current) => {
      if (current.status === 'deleted') {
        throw new ConflictException('Tenant is deleted: restore it before suspending it');
      }
      if (current.status === 'suspended') return undefined;
      return this.tenants.suspend(tx, id, reason);
    });
  }

  resume(id: string): Promise<Transition> {
    return this.transition(id, async (tx, current) => {
      if (current.status === 'deleted') {
        throw new ConflictException('Tenant is deleted: restore it instead of resuming it');
      }
      if (current.status === 'active') return undefined;
      return this.tenants.resume(tx, id);
    });
  }

  remove(id: string): Promise<Transition> {
    return this.transition(id, async (tx, current) => {
      if (current.status === 'deleted') return undefined;
      return this.tenants.softDelete(tx, id, this.retentionDays);
    });
  }

  restore(id: string): Promise<Transition> {
    return this.transition(id, async (tx, current) => {
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
   * Locks the row, lets `change` decide (undefined: nothing to do), and after the commit drops this replica's
   * cached copy so its next request sees the new state.
   */
  private async transition(
    id: string,
    change: (tx: Queryable, current: Tenant) => Promise<Tenant | undefined>,
  ): Promise<Transition> {
    const result = await this.db.transaction(async (tx) => {
      const current = await this.tenants.lock(tx, id);
      if (!current) throw new NotFoundException('Tenant not found');
      const changed = await change(tx, current);
      return { tenant: changed ?? current, changed: changed !== undefined };
    });
    if (result.changed) this.resolver.forget(id);
    return result;
  }
}
