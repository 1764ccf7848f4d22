import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type * as Embedded from '../../src/platform/database/embedded-postgres.js';

// Jest loads global setup outside its module mapper, so it takes the built file (`npm run test:e2e` builds first).
const builtModule = '../../dist/platform/database/embedded-postgres.js';
type EmbeddedPostgresHandle = Embedded.EmbeddedPostgresHandle;

declare global {
  var __E2E__: { embedded: EmbeddedPostgresHandle | null; adminUrl: string; database: string } | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * One database per run: on the server DATABASE_URL names, or on an embedded PostgreSQL started
 * in a temporary folder when it is unset (as on a fresh machine).
 */
export default async function globalSetup(): Promise<void> {
  const { startEmbeddedPostgres } = (await import(builtModule)) as typeof Embedded;
  const parent = mkdtempSync(join(tmpdir(), 'mtb-e2e-'));
  // As root, the server runs as the `postgres` user, which must reach the folder.
  chmodSync(parent, 0o755);
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dir: join(parent, 'pg'),
        port: await freePort(),
        persistent: false,
      });
  const adminUrl = process.env.DATABASE_URL ?? embedded!.url;
  const database = `e2e_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  process.env.DATABASE_URL = url.toString();
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL ??= 'warn';
  process.env.ADMIN_API_KEY ??= 'e2e-admin-key-0123456789abcdef0123456789';
  process.env.JWT_SECRET ??= 'e2e-jwt-secret-0123456789abcdef0123456789abcdef';
  // Generous limits for the suite; the rate-limit tests set their own.
  process.env.RATE_LIMIT_TENANT_PER_MINUTE ??= '100000';
  process.env.RATE_LIMIT_IP_PER_MINUTE ??= '100000';
  process.env.RATE_LIMIT_AUTH_PER_IP_PER_MINUTE ??= '100000';
  process.env.RATE_LIMIT_AUTH_PER_EMAIL_IP_PER_MINUTE ??= '100000';
  process.env.RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE ??= '100000';
  // No scheduled purge behind the lifecycle tests' backs; test/tenant-purge-job.e2e-spec.ts turns it on.
  process.env.TENANTS_PURGE_INTERVAL_MS ??= '0';
  globalThis.__E2E__ = { embedded, adminUrl, database };
}
