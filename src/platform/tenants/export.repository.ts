import { Injectable } from '@nestjs/common';
import { escapeIdentifier, type PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { SECRET_NAME_SQL } from '../audit/audit-entry.js';

/**
 * Tables that are never exported: refresh tokens are credentials (even hashed), `schema_migrations` and
 * `event_cursor` are the app's bookkeeping, not the tenant's data.
 */
export const EXCLUDED_TABLES = ['refresh_tokens', 'schema_migrations', 'event_cursor'] as const;

/** One table of a tenant's schema as an export reads it. */
export interface ExportTable {
  name: string;
  /** Every column but those named like a secret (the audit log's rule: password, token, secret). */
  columns: string[];
  /** The primary key, for a stable row order (a rerun of the same snapshot writes the same lines). */
  key: string[];
}

/** Rows fetched per round trip of the server-side cursor: ~100 KB of NDJSON at a typical CRM row. */
const BATCH_ROWS = 500;

/** The SQL of the tenant export: which tables it reads and the cursor that renders their rows as NDJSON lines. */
@Injectable()
export class TenantExportRepository {
  /**
   * The schema's tables (every table the tenant migrations made, and any a later release adds), in name order,
   * each with the columns an export may show. Catalog reads are not part of the snapshot, but the LOCK that
   * follows keeps every listed table from being dropped or altered until the export ends.
   */
  async tables(client: PoolClient, schema: string): Promise<ExportTable[]> {
    const { rows } = await client.query<ExportTable>(
      `SELECT c.relname AS name,
              array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attname !~* $2) AS columns,
              coalesce((SELECT array_agg(k.attname::text ORDER BY x.ord)
                        FROM pg_index i
                        CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS x(attnum, ord)
                        JOIN pg_attribute k ON k.attrelid = i.indrelid AND k.attnum = x.attnum
                        WHERE i.indrelid = c.oid AND i.indisprimary), '{}') AS key
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT (c.relname = ANY($3::text[]))
       GROUP BY c.oid, c.relname
       ORDER BY c.relname`,
      [schema, SECRET_NAME_SQL, EXCLUDED_TABLES],
    );
    const tables = rows.filter((t) => t.columns?.length > 0);
    if (tables.length > 0) {
      const names = tables.map((t) => `${escapeIdentifier(schema)}.${escapeIdentifier(t.name)}`);
      await client.query(`LOCK TABLE ${names.join(', ')} IN ACCESS SHARE MODE`);
    }
    return tables;
  }

  /**
   * A server-side cursor over one table, one row per NDJSON line (`{"table":"…","row":{…}}`, rendered by
   * PostgreSQL: the app only passes text through). `timeoutMs` is the client's own bound on the cursor.
   */
  rows(client: PoolClient, schema: string, table: ExportTable, timeoutMs: number): QueryStream {
    const columns = table.columns.map((c) => `t.${escapeIdentifier(c)}`).join(', ');
    const order =
      table.key.length > 0 ? ` ORDER BY ${table.key.map((c) => `t.${escapeIdentifier(c)}`).join(', ')}` : '';
    const sql =
      `SELECT '{"table":' || to_json($1::text)::text || ',"row":' || row_to_json(r)::text || '}' AS line ` +
      `FROM ${escapeIdentifier(schema)}.${escapeIdentifier(table.name)} t CROSS JOIN LATERAL (SELECT ${columns}) r` +
      order;
    const stream = new QueryStream(sql, [table.name], { batchSize: BATCH_ROWS, rowMode: 'array' });
    // pg applies the pool's query_timeout (meant for single statements) to a cursor too, unless it carries its own.
    (stream as unknown as { query_timeout: number }).query_timeout = timeoutMs;
    return client.query(stream);
  }
}
