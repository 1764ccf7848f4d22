import { escapeIdentifier, type Pool } from 'pg';
import {
  type ChainBreak,
  chainColumns,
  type ChainRow,
  ChainVerifier,
  PLATFORM_CHAIN_FIELDS,
  TENANT_CHAIN_FIELDS,
} from './audit-chain.js';

const BATCH = 1000;

export interface ChainReport {
  chain: string;
  rows: number;
  broken?: ChainBreak;
}

/** Reads one chain in seq order, BATCH rows at a time (bounded memory), and stops at the first broken row. */
async function verifyChain(
  pool: Pool,
  chain: string,
  fields: readonly string[],
  from: string,
  where: (afterParam: string) => string,
  params: unknown[],
): Promise<ChainReport> {
  const verifier = new ChainVerifier(fields);
  let after = '0';
  for (;;) {
    const afterParam = `$${params.length + 1}`;
    const { rows } = await pool.query<ChainRow>(
      `SELECT ${chainColumns(fields)} FROM ${from} WHERE ${where(afterParam)} ORDER BY seq LIMIT ${BATCH}`,
      [...params, after],
    );
    for (const row of rows) {
      const broken = verifier.check(row);
      if (broken) return { chain, rows: verifier.count, broken };
    }
    if (rows.length < BATCH) return { chain, rows: verifier.count };
    after = rows[rows.length - 1].seq;
  }
}

export function verifyTenantChain(pool: Pool, schema: string): Promise<ChainReport> {
  return verifyChain(
    pool,
    `${schema}.audit_log`,
    TENANT_CHAIN_FIELDS,
    `${escapeIdentifier(schema)}.audit_log`,
    (a) => `seq > ${a}::bigint`,
    [],
  );
}

export function verifyPlatformChain(pool: Pool, tenantId: string): Promise<ChainReport> {
  return verifyChain(
    pool,
    `public.platform_audit_log (tenant ${tenantId})`,
    PLATFORM_CHAIN_FIELDS,
    'public.platform_audit_log',
    (a) => `tenant_id = $1 AND seq > ${a}::bigint`,
    [tenantId],
  );
}

export async function schemaExists(pool: Pool, schema: string): Promise<boolean> {
  const { rowCount } = await pool.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  return (rowCount ?? 0) > 0;
}
