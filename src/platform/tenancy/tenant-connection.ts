import { Injectable } from '@nestjs/common';
import { type CustomTypesConfig, escapeIdentifier, type QueryResult, type QueryResultRow } from 'pg';
import { DatabaseService, type Queryable } from '../database/database.service.js';
import { assertQualified } from './qualified-sql.js';
import { TenantContext, type TenantRef } from './tenant-context.js';
import { TenantPoolLimiter } from './tenant-pool-limiter.js';

/** Statement texts already checked by `queryQualified`, with the schema replaced, so each is scanned once. */
const TENANT_PLACEHOLDER = '"$tenant"';
const CHECKED_MAX = 5000;

/**
 * The current request's tenant database. `query` and `transaction` run in a transaction whose search_path is
 * that tenant's schema and nothing else, so tenant modules write plain unqualified SQL and never name a schema.
 * `queryQualified` with `table()` is the one-round-trip path for single statements (the CRUD base uses it).
 * Every call holds one of the tenant's pool slots (TenantPoolLimiter) while it runs.
 * Scoped to the request through the request context rather than Nest's REQUEST scope, which would
 * rebuild every controller, service and repository on each request.
 */
@Injectable()
export class TenantConnection implements Queryable {
  private readonly checked = new Set<string>();

  constructor(
    private readonly db: DatabaseService,
    private readonly context: TenantContext,
    private readonly limiter: TenantPoolLimiter,
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
   * no transaction. A table named any other way is refused before the statement is sent (it would resolve
   * in the shared schema).
   */
  queryQualified<R extends QueryResultRow = QueryResultRow>(
    sql: string,
    params?: unknown[],
    types?: CustomTypesConfig,
  ): Promise<QueryResult<R>> {
    const tenant = this.tenant;
    this.check(sql, escapeIdentifier(tenant.schema));
    return this.limiter.run(tenant.id, () => this.db.query<R>(sql, params, types));
  }

  /** One statement with plain unqualified SQL, in its own tenant-bound transaction. */
  query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: unknown[]): Promise<QueryResult<R>> {
    const tenant = this.tenant;
    return this.limiter.run(tenant.id, () =>
      this.db.withTenantSchema(tenant.schema, (client) => client.query<R>(sql, params)),
    );
  }

  /** Several statements in one tenant-bound transaction; rolled back if `fn` throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const tenant = this.tenant;
    return this.limiter.run(tenant.id, () => this.db.withTenantSchema(tenant.schema, fn));
  }

  private check(sql: string, quotedSchema: string): void {
    const key = sql.split(quotedSchema).join(TENANT_PLACEHOLDER);
    if (this.checked.has(key)) return;
    assertQualified(key, TENANT_PLACEHOLDER);
    if (this.checked.size >= CHECKED_MAX) this.checked.clear();
    this.checked.add(key);
  }
}
