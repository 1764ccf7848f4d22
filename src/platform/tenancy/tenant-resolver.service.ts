import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LRUCache } from 'lru-cache';
import type { Env } from '../config/env.validation.js';
import { tenantSchema } from '../database/tenant-schema.js';
import { TenantDirectory } from './tenant-directory.repository.js';
import type { TenantRef } from './tenant-context.js';

/**
 * Finds tenants by id, keeping known tenants in a bounded LRU so a request does not pay a database
 * round trip to resolve its tenant. Safe because a tenant's id and schema never change; unknown ids
 * are never cached, so a tenant created by another replica is found on its first request.
 */
@Injectable()
export class TenantResolver {
  private readonly cache?: LRUCache<string, TenantRef>;

  constructor(
    private readonly tenants: TenantDirectory,
    config: ConfigService<Env, true>,
  ) {
    const max = config.get('TENANT_CACHE_MAX', { infer: true });
    if (max === 0) return;
    this.cache = new LRUCache<string, TenantRef>({
      max,
      ttl: config.get('TENANT_CACHE_TTL_MS', { infer: true }) || undefined,
      // Concurrent misses for one id share a single query.
      fetchMethod: (id) => this.load(id),
    });
  }

  async resolve(id: string): Promise<TenantRef | undefined> {
    const key = id.toLowerCase();
    return this.cache ? this.cache.fetch(key) : this.load(key);
  }

  private async load(id: string): Promise<TenantRef | undefined> {
    const tenant = await this.tenants.findById(id);
    return tenant && { ...tenant, schema: tenantSchema(tenant.id) };
  }
}
