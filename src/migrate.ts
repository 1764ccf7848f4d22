import { fileURLToPath } from 'node:url';
import { ConfigValidationError } from './platform/config/env.validation.js';
import { openCliDatabase } from './platform/database/cli-pool.js';
import { migrateAll, migrationStatus, type MigrationStatus } from './platform/database/migrator.js';
import { tenantSchema } from './platform/database/tenant-schema.js';

function printStatus(status: MigrationStatus): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`newest tenant migration in this release: ${status.latest ?? 'none'}`);
  out('tenant schemas by version:');
  for (const v of status.versions) out(`  ${v.version ?? 'unknown'}: ${v.tenants}`);
  out(`failed last time: ${status.failed.length}`);
  for (const f of status.failed) out(`  ${f.id} ${f.domain} at ${f.failed_at.toISOString()}: ${f.error}`);
}

/**
 * `npm run migrate`: the shared migrations, then every tenant schema with bounded parallelism, each tenant in its
 * own transaction: a tenant that fails is listed (and recorded) and the others still migrate; exit code 1 then.
 * Safe to run twice or from two processes at once (per-schema advisory locks, recorded versions).
 * `npm run migrate -- --status` changes nothing: how many tenant schemas sit at each version, which failed and why.
 */
async function main(): Promise<void> {
  const { env, pool, close } = await openCliDatabase();
  const dir = env.MIGRATIONS_DIR ?? fileURLToPath(new URL('../migrations', import.meta.url));
  const started = Date.now();
  let lastPrinted = 0;
  try {
    if (process.argv.includes('--status')) return printStatus(await migrationStatus(pool, dir));
    const result = await migrateAll(pool, dir, {
      concurrency: Math.min(env.MIGRATE_CONCURRENCY, env.DATABASE_POOL_MAX),
      schemaOf: tenantSchema,
      onProgress: ({ done, total, applied }) => {
        if (done === total || Date.now() - lastPrinted > 1000) {
          lastPrinted = Date.now();
          process.stdout.write(`tenants ${done}/${total}, ${applied} migrations applied\n`);
        }
      },
    });
    process.stdout.write(
      `done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.shared} shared migrations, ` +
        `${result.applied} tenant migrations across ${result.tenants} tenant schemas\n`,
    );
    if (result.failed.length > 0) {
      process.stdout.write(`${result.failed.length} tenant schema(s) failed (the others are up to date):\n`);
      for (const f of result.failed) process.stdout.write(`  ${f.id}: ${f.error}\n`);
      process.exitCode = 1;
    }
  } finally {
    await close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigValidationError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`migrate failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
