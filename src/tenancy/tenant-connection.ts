import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { QueryResult, QueryResultRow } from 'pg';
import { DatabaseService, type Queryable } from '../database/database.service.js';
import type { TenantClsStore, TenantRef } from './tenant-context.js';

/**
 * The current request's tenant database. Every query runs in a transaction whose search_path is that
 * tenant's schema and nothing else, so tenant modules write plain unqualified SQL and never name a schema.
 * Scoped to the request through the request context rather than Nest's REQUEST scope, which would
 * rebuild every controller, service and repository on each request.
 */
@Injectable()
export class TenantConnection implements Queryable {
  constructor(
    private readonly db: DatabaseService,
    private readonly cls: ClsService<TenantClsStore>,
  ) {}

  get tenant(): TenantRef {
    const tenant = this.cls.get('tenant');
    if (!tenant) throw new Error('TenantConnection used outside a request that passed the TenantGuard');
    return tenant;
  }

  /** One statement in its own tenant-bound transaction. */
  query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: unknown[]): Promise<QueryResult<R>> {
    return this.db.withTenantSchema(this.tenant.schema, (client) => client.query<R>(sql, params));
  }

  /** Several statements in one tenant-bound transaction; rolled back if `fn` throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.withTenantSchema(this.tenant.schema, fn);
  }
}
