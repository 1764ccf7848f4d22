import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { escapeIdentifier, type Pool, type PoolClient, type QueryResult, type QueryResultRow } from 'pg';
import { EMBEDDED_POSTGRES, MIGRATIONS_DIR, PG_POOL } from './database.constants.js';
import type { EmbeddedPostgresHandle } from './embedded-postgres.js';
import { inTransaction, isBehind, latestVersion, loadMigrations, migrateTenant, type Migration } from './migrator.js';
import { tenantSchema } from './tenant-schema.js';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** What a query runs on: a pool or a client inside a transaction. */
export interface Queryable {
  query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
}

/**
 * The only place that owns the pool and knows how a tenant's schema is bound to a connection:
 * `SET LOCAL search_path` inside a transaction, which ends with the transaction and so stays
 * correct behind PgBouncer in transaction pooling mode.
 */
@Injectable()
export class DatabaseService implements OnApplicationShutdown {
  private tenantMigrations?: Migration[];

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EMBEDDED_POSTGRES) private readonly embedded: EmbeddedPostgresHandle | null,
    @Inject(MIGRATIONS_DIR) private readonly migrationsDir: string,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
    await this.embedded?.stop();
  }

  query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: unknown[]): Promise<QueryResult<R>> {
    return this.pool.query<R>(sql, params);
  }

  /** Runs `fn` in a transaction on one pooled client; rolls back on any error. */
  transaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, fn);
  }

  /** Runs `fn` in a transaction whose search_path is only the given tenant schema. */
  withTenantSchema<T>(schema: string, fn: (client: PoolClient) => Promise<T>): Promise<T> {
    // One round trip: BEGIN and SET LOCAL travel together as a simple-protocol query.
    return inTransaction(this.pool, fn, `BEGIN; SET LOCAL search_path TO ${escapeIdentifier(schema)}`);
  }

  /**
   * `"schema"."table"`, for single statements that name their tables in full: they need no transaction and
   * no search_path, so they cost one round trip and hold no session state (safe behind PgBouncer too).
   */
  qualify(schema: string, table: string): string {
    if (!IDENTIFIER.test(table)) throw new Error(`Not a table name: ${table}`);
    return `${escapeIdentifier(schema)}.${escapeIdentifier(table)}`;
  }

  private get migrations(): Migration[] {
    this.tenantMigrations ??= loadMigrations(this.migrationsDir, 'tenant');
    return this.tenantMigrations;
  }

  /**
   * Creates or updates a tenant's schema from the tenant migrations inside the caller's transaction, and records
   * the schema's version on the tenant's row. Returns that version.
   */
  async migrateTenant(client: PoolClient, tenantId: string): Promise<string | null> {
    return (await migrateTenant(client, tenantId, tenantSchema(tenantId), this.migrations)).version;
  }

  /** True when a schema at `version` lacks a tenant migration this code ships (null: unknown, so assume it does). */
  isSchemaBehind(version: string | null): boolean {
    return isBehind(version, latestVersion(this.migrations));
  }

  /** Resolves when the database answers `SELECT 1` within `timeoutMs`. */
  async ping(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Database ping timed out')), timeoutMs);
    });
    try {
      await Promise.race([this.pool.query('SELECT 1'), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
