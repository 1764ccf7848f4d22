import {
  type ChainReport,
  schemaExists,
  verifyPlatformChain,
  verifyTenantChain,
} from './platform/audit/audit-verifier.js';
import { ConfigValidationError } from './platform/config/env.validation.js';
import { openCliDatabase } from './platform/database/cli-pool.js';
import { isUuid, tenantSchema } from './platform/database/tenant-schema.js';

function describe(report: ChainReport): string {
  if (!report.broken) return `${report.chain}: OK, ${report.rows} rows\n`;
  const { seq, id, problem } = report.broken;
  return `${report.chain}: BROKEN at seq ${seq} (id ${id}): ${problem}; ${report.rows} rows before it are intact\n`;
}

/**
 * `npm run audit:verify -- <tenant id>`: recomputes the tenant's audit hash chain (in its schema) and its platform
 * chain (public.platform_audit_log) and names the first broken row. Exit 0 when both are intact, 1 when one is
 * broken, 2 on bad usage or an error.
 */
async function main(): Promise<number> {
  const tenantId = process.argv[2]?.toLowerCase();
  if (!isUuid(tenantId)) {
    process.stderr.write('usage: npm run audit:verify -- <tenant id (a UUID)>\n');
    return 2;
  }
  const { pool, close } = await openCliDatabase();
  try {
    const reports: ChainReport[] = [];
    const schema = tenantSchema(tenantId);
    if (await schemaExists(pool, schema)) reports.push(await verifyTenantChain(pool, schema));
    else process.stdout.write(`${schema}: no such schema (an unknown or purged tenant); its audit_log is gone\n`);
    reports.push(await verifyPlatformChain(pool, tenantId));
    for (const report of reports) process.stdout.write(describe(report));
    return reports.some((r) => r.broken) ? 1 : 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigValidationError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`audit:verify failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
