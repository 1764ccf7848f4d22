import { BadRequestException, Injectable } from '@nestjs/common';
import { escapeIdentifier } from 'pg';
import { DatabaseService } from '../database/database.service.js';

/** An audit row as the API shows it (without the chain's prev_hash). */
export interface AuditRecord {
  seq: number;
  id: string;
  created_at: Date;
  actor_type: string;
  actor_id?: string | null;
  action: string;
  resource?: string;
  resource_id?: string | null;
  changes?: unknown;
  details: unknown;
  reason: string | null;
  ip: string | null;
  request_id: string | null;
  hash: string;
}

export interface AuditFilters {
  actor_id?: string;
  resource?: string;
  resource_id?: string;
  action?: string;
  since?: Date;
  until?: Date;
}

const TENANT_COLUMNS =
  'seq::float8 AS seq, id, created_at, actor_type, actor_id, action, resource, resource_id, changes, details, reason, ip, request_id, hash';
const PLATFORM_COLUMNS =
  'seq::float8 AS seq, id, tenant_id, created_at, actor_type, action, reason, details, ip, request_id, hash';

/** `?cursor=` of the audit lists: the seq of the last row of the previous page, opaque to clients. */
export function encodeSeqCursor(seq: number): string {
  return Buffer.from(JSON.stringify({ seq })).toString('base64url');
}

export function decodeSeqCursor(cursor: string): number {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const seq = (value as { seq?: unknown } | null)?.seq;
    if (typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0) return seq;
  } catch {
    // fall through to the 400 below
  }
  throw new BadRequestException('cursor is malformed');
}

/** Reads audit rows, newest first (by chain position), keyset-paginated on seq. */
@Injectable()
export class AuditLogReader {
  constructor(private readonly db: DatabaseService) {}

  async tenantPage(schema: string, filters: AuditFilters, limit: number, beforeSeq?: number): Promise<AuditRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (filters.actor_id) add((p) => `actor_id = ${p}`, filters.actor_id);
    if (filters.resource) add((p) => `resource = ${p}`, filters.resource);
    if (filters.resource_id) add((p) => `resource_id = ${p}`, filters.resource_id);
    if (filters.action) add((p) => `action = ${p}`, filters.action);
    if (filters.since) add((p) => `created_at >= ${p}`, filters.since);
    if (filters.until) add((p) => `created_at < ${p}`, filters.until);
    if (beforeSeq !== undefined) add((p) => `seq < ${p}`, beforeSeq);
    params.push(limit);
    const { rows } = await this.db.query<AuditRecord>(
      `SELECT ${TENANT_COLUMNS} FROM ${escapeIdentifier(schema)}.audit_log
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY seq DESC LIMIT $${params.length}`,
      params,
    );
    return rows;
  }

  async platformPage(tenantId: string, limit: number, beforeSeq?: number): Promise<AuditRecord[]> {
    const { rows } = await this.db.query<AuditRecord>(
      `SELECT ${PLATFORM_COLUMNS} FROM public.platform_audit_log
       WHERE tenant_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3`,
      [tenantId, beforeSeq ?? Number.MAX_SAFE_INTEGER, limit],
    );
    return rows;
  }
}
