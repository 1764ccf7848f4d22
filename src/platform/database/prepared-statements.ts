import { Logger } from '@nestjs/common';
import { hash } from 'node:crypto';
import type { CustomTypesConfig, PoolClient, QueryResult, QueryResultRow } from 'pg';

/** What `pg` keeps per connection about the statements it has prepared there. */
interface ParsedStatements {
  connection: { parsedStatements: Record<string, string> };
}

/**
 * What a transaction-mode pooler (PgBouncer < 1.21) in between looks like: the server connection we reached does not
 * have the statement we prepared on another one (invalid_sql_statement_name), or already has one of that name from
 * another client (duplicate_prepared_statement). Either way the server refused it before running anything.
 */
const POOLER_IN_BETWEEN = new Set(['26000', '42P05']);
/** feature_not_supported, as "cached plan must not change result type" after a migration changed a table. */
const PLAN_STALE = '0A000';

/**
 * Named prepared statements for single statements (given with a parameter list, even an empty one): PostgreSQL
 * parses each distinct text once per connection instead of on every call, and plans it once where it can cost a
 * generic plan (bench/experiments/plan-cache.mjs). Tenant SQL is schema-qualified, so every tenant has its own texts;
 * each connection keeps at most `max` of them and deallocates the least recently used, which bounds the server's
 * memory whatever the number of tenants (connection recycling bounds it again). The name is a hash of the text,
 * so a name always means the same text on every connection.
 */
export class PreparedStatements {
  private readonly logger = new Logger('PreparedStatements');
  private readonly byClient = new WeakMap<PoolClient, Map<string, true>>();

  constructor(
    private enabled: boolean,
    private readonly max: number,
  ) {}

  get isEnabled(): boolean {
    return this.enabled;
  }

  async query<R extends QueryResultRow>(
    client: PoolClient,
    sql: string,
    params?: unknown[],
    types?: CustomTypesConfig,
  ): Promise<QueryResult<R>> {
    // Without a parameter list the text may hold several statements, which cannot be prepared: sent as it is.
    if (!this.enabled || !params) return client.query<R>({ text: sql, values: params, types });
    const name = `mtb_${hash('md5', sql, 'hex')}`;
    // Every single statement passes here: only an eviction (rare) costs an await.
    const eviction = this.remember(client, name);
    if (eviction) await eviction;
    try {
      return await client.query<R>({ name, text: sql, values: params, types });
    } catch (err) {
      const code = (err as { code?: string }).code;
      const pooler = code !== undefined && POOLER_IN_BETWEEN.has(code);
      if (!pooler && code !== PLAN_STALE) throw err;
      await this.forget(client, name, !pooler);
      if (pooler) this.disable();
      // Nothing ran: the server refused the statement before executing it, so running it unnamed is safe.
      return client.query<R>({ text: sql, values: params, types });
    }
  }

  /**
   * Marks `name` as the connection's most recent statement. Past `max`, the least recently used fifth is deallocated
   * in one round trip, so with many tenants (low reuse) eviction costs one extra round trip per ~max/5 statements.
   * Returns that round trip when there is one.
   */
  private remember(client: PoolClient, name: string): Promise<void> | undefined {
    let names = this.byClient.get(client);
    if (!names) this.byClient.set(client, (names = new Map()));
    if (names.delete(name)) {
      names.set(name, true);
      return;
    }
    names.set(name, true);
    if (names.size <= this.max) return;
    const evicted = [...names.keys()].slice(0, Math.ceil(this.max / 5));
    for (const old of evicted) this.drop(client, old);
    return client.query(evicted.map((old) => `DEALLOCATE ${old};`).join(' ')).then(
      () => undefined,
      () => undefined,
    );
  }

  private async forget(client: PoolClient, name: string, deallocate: boolean): Promise<void> {
    this.drop(client, name);
    if (deallocate) await client.query(`DEALLOCATE ${name}`).catch(() => undefined);
  }

  /** Forgets the statement on our side and in `pg`'s record of the connection. */
  private drop(client: PoolClient, name: string): void {
    this.byClient.get(client)?.delete(name);
    delete (client as unknown as ParsedStatements).connection.parsedStatements[name];
  }

  private disable(): void {
    if (!this.enabled) return;
    this.enabled = false;
    this.logger.warn(
      'A prepared statement was missing on its connection, or one of its name was already there (a pooler such as ' +
        'PgBouncer < 1.21 in transaction mode is in between): prepared statements are off for this process. Set DATABASE_PREPARED_STATEMENTS=off to skip this.',
    );
  }
}
