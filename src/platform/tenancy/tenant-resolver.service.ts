import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LRUCache } from 'lru-cache';
import { ChangeChannel } from '../changes/change-channel.js';
import type { Env } from '../config/env.validation.js';
import { DatabaseService } from '../database/database.service.js';
import { Metrics } from '../observability/metrics/metrics.js';
import { tenantSchema } from '../database/tenant-schema.js';
import { TenantDirectory } from './tenant-directory.repository.js';
import type { TenantRef } from './tenant-context.js';

interface Cached {
  tenant: TenantRef;
  at: number;
}

/** What lru-cache rejects an in-flight fetch with when its key is invalidated meanwhile. */
const ABORTED = new Set(['deleted', 'evicted', 'replaced']);

/**
 * Finds tenants by id, keeping known tenants in a bounded LRU so a request does not pay a database round trip to
 * resolve its tenant. A tenant's id and schema never change; its status and domain do, so every change drops the
 * entry (`forget`, called after the commit here and on every replica through the change channel), and a lost
 * channel clears the cache and shortens what may be trusted until it is back. Unknown ids are never cached, so a
 * tenant created by another replica is found on its first request.
 */
@Injectable()
export class TenantResolver {
  private readonly logger = new Logger(TenantResolver.name);
  private readonly cache?: LRUCache<string, Cached>;

  constructor(
    private readonly tenants: TenantDirectory,
    private readonly db: DatabaseService,
    private readonly changes: ChangeChannel,
    private readonly metrics: Metrics,
    config: ConfigService<Env, true>,
  ) {
    const max = config.get('TENANT_CACHE_MAX', { infer: true });
    if (max === 0) return;
    this.cache = new LRUCache<string, Cached>({
      max,
      ttl: config.get('TENANT_CACHE_TTL_MS', { infer: true }) || undefined,
      // Concurrent misses for one id share a single query.
      fetchMethod: async (id) => {
        const tenant = await this.load(id);
        return tenant && { tenant, at: Date.now() };
      },
    });
    changes.subscribe((event) => {
      if (event.type === 'reset') this.clear();
      else if (event.type === 'tenant') this.forget(event.tenant_id);
    });
  }

  async resolve(id: string): Promise<TenantRef | undefined> {
    const key = id.toLowerCase();
    if (!this.cache) return this.load(key);
    if (!this.changes.isConnected) {
      const hit = this.cache.peek(key);
      if (hit && !this.changes.trusts(hit.at)) this.cache.delete(key);
    }
    this.metrics.tenantCacheLookup(this.cache.has(key));
    try {
      return (await this.cache.fetch(key))?.tenant;
    } catch (err) {
      // Invalidated while it loaded: what was read may predate the change, so read it again, uncached.
      if (err instanceof Error && ABORTED.has(err.message)) return this.load(key);
      throw err;
    }
  }

  /** Drops one tenant's cached entry: its next request reads the row again. */
  forget(id: string): void {
    this.cache?.delete(id.toLowerCase());
  }

  /** Drops every entry (the change channel was lost, so some invalidations may have been missed). */
  clear(): void {
    this.cache?.clear();
  }

  private async load(id: string): Promise<TenantRef | undefined> {
    const found = await this.tenants.findById(id);
    if (!found) return undefined;
    const tenant = found.status !== 'deleted' ? await this.upgradeIfBehind(found) : found;
    return { ...tenant, schema: tenantSchema(tenant.id) };
  }

  /**
   * A tenant provisioned by an older release during a rolling deploy (after `migrate` listed the tenants) has a
   * schema this code does not expect: bring it up to date before serving it, or refuse with a 503.
   */
  private async upgradeIfBehind<T extends { id: string; schema_version: string | null }>(tenant: T): Promise<T> {
    if (!this.db.isSchemaBehind(tenant.schema_version)) return tenant;
    try {
      const version = await this.db.transaction((tx) => this.db.migrateTenant(tx, tenant.id));
      this.logger.warn(
        `Tenant ${tenant.id}: schema was at ${tenant.schema_version ?? 'an unknown version'}, migrated to ${version}`,
      );
      return { ...tenant, schema_version: version };
    } catch (err) {
      this.logger.error(
        `Tenant ${tenant.id}: schema is behind the code (${tenant.schema_version ?? 'unknown version'}) and migrating it failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      throw new ServiceUnavailableException('Tenant schema is out of date and could not be migrated; try again later');
    }
  }
}
