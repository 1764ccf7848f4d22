import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  type CustomTypesConfig,
  escapeIdentifier,
  type Pool,
  type PoolClient,
  type QueryConfig,
  type QueryResult,
  type QueryResultRow,
} from 'pg';
import type { Env } from '../config/env.validation.js';
import { EMBEDDED_POSTGRES, MIGRATIONS_DIR, PG_HEALTH_POOL, PG_POOL } from './database.constants.js';
import type { EmbeddedPostgresHandle } from './embedded-postgres.js';
import { inTransaction, isBehind, latestVersion, loadMigrations, migrateTenant, type Migration } from './migrator.js';
import { PreparedStatements } from './prepared-statements.js';
import { ReadSnapshot } from './read-snapshot.js';
import { cancelRunningStatement, isReusableAfter } from './statement-deadline.js';
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
 *
 * The statement timeout holds without session state, so behind PgBouncer too: transactions open with
 * `SET LOCAL statement_timeout` in the same round trip as BEGIN; a single statement outside a transaction
 * is cancelled by the client (a CancelRequest) when it runs past the timeout.
 */
@Injectable()
export class DatabaseService implements OnApplicationShutdown {
  private tenantMigrations?: Migration[];
  private readonly statementTimeoutMs: number;
  private readonly begin: string;
  readonly prepared: PreparedStatements;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(PG_HEALTH_POOL) private readonly healthPool: Pool,
    @Inject(EMBEDDED_POSTGRES) private readonly embedded: EmbeddedPostgresHandle | null,
    @Inject(MIGRATIONS_DIR) private readonly migrationsDir: string,
    config: ConfigService<Env, true>,
  ) {
    this.statementTimeoutMs = config.get('DATABASE_STATEMENT_TIMEOUT_MS', { infer: true });
    this.begin = `BEGIN; SET LOCAL statement_timeout = ${this.statementTimeoutMs}`;
    this.prepared = new PreparedStatements(
      config.get('DATABASE_PREPARED_STATEMENTS', { infer: true }) === 'on',
      config.get('DATABASE_PREPARED_STATEMENTS_MAX', { infer: true }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.pool.end(), this.healthPool.end()]);
    await this.embedded?.stop();
  }

  /**
   * One statement on the shared pool, cancelled if it runs past the statement timeout; given a parameter list (even an
   * empty one), as a named prepared statement of its connection (prepared-statements.ts). `types` overrides pg's
   * parsers for this statement (ISO_TIMESTAMPS for rows that go straight into responses).
   */
  async query<R extends QueryResultRow = QueryResultRow>(
    sql: string,
    params?: unknown[],
    types?: CustomTypesConfig,
  ): Promise<QueryResult<R>> {
    const client = await this.pool.connect();
    const timer = setTimeout(() => cancelRunningStatement(client), this.statementTimeoutMs);
    try {
      const result = await this.prepared.query<R>(client, sql, params, types);
      client.release();
      return result;
    } catch (err) {
      client.release(isReusableAfter(err) ? undefined : (err as Error));
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs `fn` in a transaction on one pooled client; rolls back on any error. */
  transaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, fn, this.begin);
  }

  /** Runs `fn` in a transaction whose search_path is only the given tenant schema. */
  withTenantSchema<T>(schema: string, fn: (client: PoolClient) => Promise<T>): Promise<T> {
    // One round trip: BEGIN and both SET LOCALs travel together as one simple-protocol query.
    return inTransaction(this.pool, fn, `${this.begin}; SET LOCAL search_path TO ${escapeIdentifier(schema)}`);
  }

  /**
   * A read-only REPEATABLE READ transaction on one pooled client, held by the caller until it calls `end()` or
   * `discard()`: for long consistent reads (tenant exports), bounded by `timeoutMs` instead of the statement timeout.
   */
  snapshot(timeoutMs: number): Promise<ReadSnapshot> {
    return ReadSnapshot.open(this.pool, timeoutMs);
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

  /** The ping in flight, shared by every health request that arrives while it runs. */
  private pingInFlight?: Promise<void>;

  /**
   * Resolves when the database answers `SELECT 1` within `timeoutMs`. It runs on a connection of its own,
   * outside the shared pool, so a pool that is busy (saturated by one tenant's slow queries) is not mistaken
   * for a database that is down. Concurrent callers share one ping: probes and `/health` under load would
   * otherwise queue one by one on that single connection.
   */
  ping(timeoutMs: number): Promise<void> {
    this.pingInFlight ??= this.pingOnce(timeoutMs).finally(() => (this.pingInFlight = undefined));
    return this.pingInFlight;
  }

  private async pingOnce(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Database ping timed out')), timeoutMs);
    });
    try {
      // pg reads a per-query `query_timeout` that its type definitions do not list.
      const ping = { text: 'SELECT 1', query_timeout: timeoutMs } as QueryConfig;
      await Promise.race([this.healthPool.query(ping), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The shared pool's occupancy, for readiness details. */
  poolStats(): { max: number; total: number; idle: number; waiting: number } {
    const { totalCount: total, idleCount: idle, waitingCount: waiting } = this.pool;
    return { max: this.pool.options.max ?? 0, total, idle, waiting };
  }
}
