import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { ConfigValidationError, validateEnv } from './platform/config/env.validation.js';

/**
 * `npm run tenants:purge [-- --dry-run]`: drops the schema and row of every deleted tenant whose retention window
 * has passed, one tenant per transaction, and prints one line per tenant. Exit code 1 when any tenant failed.
 */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  // A purge runs no jobs and needs no HTTP server; it takes the app's providers (audit, change channel) as they are.
  process.env.JOBS_WORKERS = 'off';
  process.env.MIGRATE_ON_START = 'false';
  validateEnv(process.env);
  const dryRun = process.argv.includes('--dry-run');
  const { AppModule } = await import('./app.module.js');
  const { TenantPurgeService } = await import('./platform/tenants/tenant-purge.service.js');
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'], abortOnError: false });
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const purger = app.get(TenantPurgeService);
    if (dryRun) {
      const expired = await purger.expired();
      for (const t of expired) out(`would purge ${t.id} ${t.domain} (purge_after ${t.purge_after?.toISOString()})`);
      out(`dry run: ${expired.length} tenant(s) would be purged; nothing was changed`);
      return;
    }
    const report = await purger.purgeExpired(out);
    out(`purged ${report.purged.length} tenant(s), ${report.failed.length} failed`);
    if (report.failed.length > 0) process.exitCode = 1;
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigValidationError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`tenants:purge failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
