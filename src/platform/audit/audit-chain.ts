import { createHash } from 'node:crypto';

/**
 * The hash chain, rebuilt in JavaScript from the stored text of each row, independently of the database trigger
 * that wrote it (migrations/public/002_audit.sql): the two must agree on the canonical content.
 * content = the row's fields in a fixed order, each '-' for NULL or '<UTF-8 byte length>:<text>', joined by '|';
 * hash = sha256(prev_hash + '|' + content), hex. The first row of a chain has seq 1 and prev_hash 64 zeros.
 */

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of a tenant audit_log row, in chain order, as PostgreSQL prints them (see CHAIN_COLUMNS). */
export const TENANT_CHAIN_FIELDS = [
  'seq',
  'id',
  'created_at_us',
  'actor_type',
  'actor_id',
  'action',
  'resource',
  'resource_id',
  'changes',
  'details',
  'reason',
  'ip',
  'request_id',
] as const;

export const PLATFORM_CHAIN_FIELDS = [
  'tenant_id',
  'seq',
  'id',
  'created_at_us',
  'actor_type',
  'action',
  'reason',
  'details',
  'ip',
  'request_id',
] as const;

/** The select list that gives every chain field as text (`created_at_us`: microseconds since the epoch). */
export function chainColumns(fields: readonly string[]): string {
  const expr = (f: string) => {
    if (f === 'created_at_us') return '(extract(epoch FROM created_at) * 1000000)::bigint::text AS created_at_us';
    // Not cast: `ORDER BY seq` must sort numbers, and pg returns a bigint as a string anyway.
    if (f === 'seq') return 'seq';
    return `${f}::text AS ${f}`;
  };
  return [...fields.map(expr), 'prev_hash', 'hash'].join(', ');
}

export type ChainRow = Record<string, string | null> & { seq: string; id: string; prev_hash: string; hash: string };

function field(value: string | null): string {
  return value === null ? '-' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

export function rowHash(row: ChainRow, fields: readonly string[]): string {
  const content = fields.map((f) => field(row[f] ?? null)).join('|');
  return createHash('sha256').update(`${row.prev_hash}|${content}`, 'utf8').digest('hex');
}

export interface ChainBreak {
  seq: string;
  id: string;
  problem: string;
}

/** Checks rows of one chain in seq order, continuing from `previous` (the last row checked, if any). */
export class ChainVerifier {
  private expectedSeq = 1n;
  private previousHash = GENESIS_HASH;
  count = 0;

  constructor(private readonly fields: readonly string[]) {}

  /** The first problem of this row, or undefined when it links to the previous one and matches its content. */
  check(row: ChainRow): ChainBreak | undefined {
    const at = { seq: row.seq, id: row.id };
    if (BigInt(row.seq) !== this.expectedSeq) {
      return { ...at, problem: `expected seq ${this.expectedSeq}: rows are missing before it` };
    }
    if (row.prev_hash !== this.previousHash) {
      return { ...at, problem: "prev_hash is not the previous row's hash" };
    }
    if (rowHash(row, this.fields) !== row.hash) {
      return { ...at, problem: 'hash does not match the row content (the row was edited)' };
    }
    this.expectedSeq += 1n;
    this.previousHash = row.hash;
    this.count += 1;
    return undefined;
  }
}
