import { Injectable } from '@nestjs/common';
import type { QueryResult, QueryResultRow } from 'pg';
import { DatabaseService, type Queryable } from '../database/database.service.js';
import { TenantContext, type TenantRef } from './tenant-context.js';

/**
 * The current request's tenant database. `query` and `transaction` run in a transaction whose search_path is
 * that tenant's schema and nothing else, so tenant modules write plain unqualified SQL and never name a schema.
 * `queryQualified` with `table()` is the one-round-trip path for single statements (the CRUD base uses it).
 * Scoped to the request through the request context rather than Nest's REQUEST scope, which would
 * rebuild every controller, service and repository on each request.
 */
@Injectable()
export class TenantConnection implements Queryable {
  constructor(
    private readonly db: DatabaseService,
    private readonly context: TenantContext,
  ) {}

  get tenant(): TenantRef {
    const tenant = this.context.tenant;
    if (!tenant) throw new Error('TenantConnection used outside a request that passed the TenantGuard');
    return tenant;
  }

  /** The current tenant's table, schema-qualified and quoted, for `queryQualified`. */
  table(name: string): string {
    return this.db.qualify(this.tenant.schema, name);
  }

  /**
   * One statement whose tenant tables are all written with `table()`: one round trip on the shared pool,
   * no transaction. An unqualified tenant table here does not resolve: the shared schema holds none.
   */
  queryQualified<R extends QueryResultRow = QueryResultRow>(sql: string, params?: unknown[]): Promise<QueryResult<R>> {
    return this.db.query<R>(sql, params);
  }

  /** One statement with plain unqualified SQL, in its own tenant-bound transaction. */
  query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: unknown[]): Promise<QueryResult<R>> {
    return this.db.withTenantSchema(this.tenant.schema, (client) => client.query<R>(sql, params));
  }

  /** Several statements in one tenant-bound transaction; rolled back if `fn` throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.withTenantSchema(this.tenant.schema, fn);
  }
}
