import { Injectable } from '@nestjs/common';
import type { QueryResult, QueryResultRow } from 'pg';
import { AuditLog } from '../../audit/audit-log.js';
import type { Cursor } from '../../common/pagination.js';
import type { Queryable } from '../../database/database.service.js';
import { ISO_TIMESTAMPS } from '../../database/iso-timestamps.js';
import { TenantConnection } from '../tenant-connection.js';
import { auditInsert, CREATED_CHANGES, DELETED_CHANGES, UPDATED_CHANGES } from './audited-sql.js';

/** What a tenant table exposes. Identifiers come from this code only, never from a request. */
export interface TableSpec {
  /** The table's name; `TenantConnection.table()` qualifies it with the current tenant's schema. */
  table: string;
  /** The select list returned to clients. */
  columns: string;
  /** Columns a create or update may set. */
  writable: readonly string[];
  /** Columns `?q=` searches, case-insensitively. */
  search: readonly string[];
  /** Columns filterable by equality (`?status=open`). */
  filters: readonly string[];
}

export interface ListOptions {
  limit: number;
  after?: Cursor;
  q?: string;
  filters: object;
}

export interface KeyedRow {
  id: string;
  /** An ISO string as read by this base (ISO_TIMESTAMPS); a Date from a caller's transaction (`tx`). */
  created_at: string | Date;
}

/** A bound on page sizes written into SQL; the DTOs allow at most 200, so lists ask for at most 201. */
const MAX_LIMIT_LITERAL = 1001;

/**
 * A page size written into the SQL text: an integer from code (the validated `?limit=`, plus one), never raw input.
 * As `LIMIT $n`, PostgreSQL planned a list anew on its first five executions on a connection (custom plans) and then
 * ran a generic plan costed without the page size; with the number in the text and no other parameter it plans once
 * per connection (bench/experiments/plan-cache.mjs: 108-130 -> 69-79 us of server CPU per list). Each page size a
 * client uses is one more statement text per tenant (the per-connection bound, DATABASE_PREPARED_STATEMENTS_MAX,
 * holds).
 */
function limitLiteral(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIMIT_LITERAL)
    throw new Error(`Not a page size: ${limit}`);
  return limit;
}

/** `%` and `_` in a search term are literal characters, not wildcards. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Plain parameterised SQL for one tenant table, run on the request's `TenantConnection` in one round trip
 * (schema-qualified through `table()`). Every write also writes its audit row in the same statement (see
 * audited-sql.ts), so a resource built on this base is audited with no code of its own.
 * Subclasses declare their `TableSpec`; the SQL below is the same for every CRM table.
 */
@Injectable() // emits the constructor's metadata, which subclasses without a constructor inherit
export abstract class TenantCrudRepository<Row extends KeyedRow> {
  protected abstract readonly spec: TableSpec;

  constructor(
    protected readonly db: TenantConnection,
    protected readonly audit: AuditLog,
  ) {}

  /** This table in the current request's tenant schema. */
  protected get table(): string {
    return this.db.table(this.spec.table);
  }

  async create(input: object): Promise<Row> {
    const data = input as Record<string, unknown>;
    const columns = this.spec.writable.filter((c) => data[c] !== undefined);
    const params = columns.map((c) => data[c]);
    const insert = columns.length
      ? `INSERT INTO ${this.table} AS t (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`
      : `INSERT INTO ${this.table} AS t DEFAULT VALUES`;
    if (!this.audit.enabled) {
      const { rows } = await this.rows(`${insert} RETURNING ${this.spec.columns}`, params);
      return rows[0];
    }
    const { rows } = await this.rows(
      `WITH w AS (${insert} RETURNING t.*, to_jsonb(t) AS __audit_new),
       ${this.auditCte(params.length + 1, 'create', CREATED_CHANGES)}
       SELECT ${this.spec.columns} FROM w`,
      [...params, ...this.audit.actorParams()],
    );
    return rows[0];
  }

  async findById(id: string): Promise<Row | undefined> {
    const { rows } = await this.rows(`SELECT ${this.spec.columns} FROM ${this.table} WHERE id = $1`, [id]);
    return rows[0];
  }

  /** The rows with these ids that exist in this tenant, in no particular order: one statement for a batch. */
  async findByIds(ids: readonly string[]): Promise<Row[]> {
    const { rows } = await this.rows(`SELECT ${this.spec.columns} FROM ${this.table} WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    return rows;
  }

  /**
   * For each parent id, its newest `limit` rows whose `column` (one of the spec's filters) references it, newest
   * first: one statement for the whole batch, however many parents (a GraphQL relation's DataLoader).
   */
  async listByParents(column: string, parentIds: readonly string[], limit: number): Promise<Row[]> {
    if (!this.spec.filters.includes(column)) throw new Error(`${this.spec.table}.${column} is not a filter column`);
    const { rows } = await this.rows(
      `SELECT ${this.spec.columns} FROM (
         SELECT *, row_number() OVER (PARTITION BY ${column} ORDER BY created_at DESC, id DESC) AS __rank
         FROM ${this.table} WHERE ${column} = ANY($1::uuid[])
       ) AS ranked WHERE __rank <= $2 ORDER BY created_at DESC, id DESC`,
      [parentIds, limit],
    );
    return rows;
  }

  /** Newest first, keyset-paginated on (created_at, id), so concurrent inserts cause no gaps or repeats. */
  async list(options: ListOptions): Promise<Row[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const filters = options.filters as Record<string, unknown>;
    for (const column of this.spec.filters) {
      const value = filters[column];
      if (value !== undefined) where.push(`${column} = ${param(value)}`);
    }
    if (options.q) {
      const pattern = param(likePattern(options.q));
      where.push(`(${this.spec.search.map((c) => `${c} ILIKE ${pattern}`).join(' OR ')})`);
    }
    if (options.after) {
      where.push(`(created_at, id) < (${param(options.after.created_at)}, ${param(options.after.id)})`);
    }
    const sql =
      `SELECT ${this.spec.columns} FROM ${this.table}` +
      (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
      ` ORDER BY created_at DESC, id DESC LIMIT ${limitLiteral(options.limit)}`;
    const { rows } = await this.rows(sql, params);
    return rows;
  }

  /**
   * Sets the given columns; `undefined` leaves a column alone, `null` clears it. With `tx`, inside the caller's
   * tenant transaction (a service that checks and changes more than this row in one transaction).
   */
  async update(id: string, input: object, tx?: Queryable): Promise<Row | undefined> {
    const data = input as Record<string, unknown>;
    const columns = this.spec.writable.filter((c) => data[c] !== undefined);
    if (columns.length === 0) return this.findById(id);
    const assignments = columns.map((c, i) => `${c} = $${i + 2}`);
    const params = [id, ...columns.map((c) => data[c])];
    const set = `SET ${assignments.join(', ')}, updated_at = date_trunc('milliseconds', statement_timestamp())`;
    if (!this.audit.enabled) {
      const { rows } = await this.exec<Row>(
        `UPDATE ${this.table} ${set} WHERE id = $1 RETURNING ${this.spec.columns}`,
        params,
        tx,
      );
      return rows[0];
    }
    // The old row is read under the same row lock the UPDATE takes, so old and new values are one consistent pair.
    const { rows } = await this.exec<Row>(
      `WITH w AS (
         UPDATE ${this.table} AS t ${set}
         FROM (SELECT * FROM ${this.table} WHERE id = $1 FOR UPDATE) AS old
         WHERE t.id = old.id
         RETURNING t.*, to_jsonb(old) AS __audit_old, to_jsonb(t) AS __audit_new
       ),
       ${this.auditCte(params.length + 1, 'update', UPDATED_CHANGES)}
       SELECT ${this.spec.columns} FROM w`,
      [...params, ...this.audit.actorParams()],
      tx,
    );
    return rows[0];
  }

  async remove(id: string, tx?: Queryable): Promise<boolean> {
    if (!this.audit.enabled) {
      const { rowCount } = await this.exec(`DELETE FROM ${this.table} WHERE id = $1`, [id], tx);
      return (rowCount ?? 0) > 0;
    }
    const { rowCount } = await this.exec(
      `WITH w AS (DELETE FROM ${this.table} AS t WHERE id = $1 RETURNING t.id, to_jsonb(t) AS __audit_old),
       ${this.auditCte(2, 'delete', DELETED_CHANGES)}
       SELECT 1 FROM w`,
      [id, ...this.audit.actorParams()],
      tx,
    );
    return (rowCount ?? 0) > 0;
  }

  /** On the caller's transaction when given, else the one-round-trip path (tables are qualified either way). */
  protected exec<R extends QueryResultRow = QueryResultRow>(
    sql: string,
    params: unknown[],
    tx?: Queryable,
  ): Promise<QueryResult<R>> {
    return tx ? tx.query<R>(sql, params) : this.db.queryQualified<R>(sql, params, ISO_TIMESTAMPS);
  }

  /** Rows for a response: one round trip, timestamps read as the ISO strings the JSON shows. */
  protected rows(sql: string, params: unknown[]): Promise<QueryResult<Row>> {
    return this.db.queryQualified<Row>(sql, params, ISO_TIMESTAMPS);
  }

  private auditCte(firstActorParam: number, action: string, changes: string): string {
    return auditInsert(this.audit.table(this.db.tenant.schema), firstActorParam, action, this.spec.table, changes);
  }
}
