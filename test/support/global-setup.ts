import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type * as Embedded from '../../src/platform/database/embedded-postgres.js';

// Jest loads global setup outside its module mapper, so it takes the built file (`npm run test:e2e` builds first).
const builtModule = '../../dist/platform/database/embedded-postgres.js';
type EmbeddedPostgresHandle = Embedded.EmbeddedPostgresHandle;

declare global {
  var __E2E__:
    | { embedded: EmbeddedPostgresHandle | null; adminUrl: string; database: string; pgbouncer?: PgBouncerHandle }
    | undefined;
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

export interface PgBouncerHandle {
  /** `target` with host and port replaced by PgBouncer's. */
  url: string;
  pid: number;
  stop(): void;
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port. */
async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => resolve(socket.destroy() !== undefined));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`PgBouncer did not listen on ${port} within ${timeoutMs} ms`);
}

/**
 * Starts a PgBouncer (from the system package, e.g. `apt-get install pgbouncer`) in transaction pooling mode on
 * 127.0.0.1:`port` in front of the server `target` names, with the settings docs/pgbouncer.md lists.
 * Clients authenticate as `target`'s user with its password (plain auth_file, the test's own folder).
 */
async function startPgBouncer(target: string, port: number): Promise<PgBouncerHandle> {
  const url = new URL(target);
  const user = decodeURIComponent(url.username || 'postgres');
  const password = decodeURIComponent(url.password);
  const dir = mkdtempSync(join(tmpdir(), 'mtb-pgbouncer-'));
  // PgBouncer refuses to run as root; started as root it switches to `postgres`, which must read its files.
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'users.txt'), `"${user}" "${password}"\n`, { mode: 0o644 });
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${url.hostname} port=${url.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'pool_mode = transaction',
      'auth_type = trust',
      `auth_file = ${join(dir, 'users.txt')}`,
      'max_client_conn = 500',
      'default_pool_size = 40',
      'ignore_startup_parameters = extra_float_digits',
      'server_check_query = SELECT 1',
      'log_connections = 0',
      'log_disconnections = 0',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  const bin = spawnSync('sh', ['-c', 'command -v pgbouncer || ls /usr/sbin/pgbouncer'], { encoding: 'utf8' });
  const path = bin.stdout.trim().split('\n')[0];
  if (!path) throw new Error('E2E_PGBOUNCER is set but pgbouncer is not installed (apt-get install -y pgbouncer)');
  const asRoot = process.getuid?.() === 0;
  const child = spawn(path, [...(asRoot ? ['-u', 'postgres'] : []), join(dir, 'pgbouncer.ini')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: false,
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`pgbouncer exited with ${code}: ${stderr.trim()}`))),
  );
  await Promise.race([waitForPort(port, 10_000), exited]);
  child.stderr.removeAllListeners('data');
  child.stderr.resume();
  const viaBouncer = new URL(target);
  viaBouncer.hostname = '127.0.0.1';
  viaBouncer.port = String(port);
  return {
    url: viaBouncer.toString(),
    pid: child.pid!,
    stop: () => {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
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
  // A direct connection to the run's database, for what PgBouncer in transaction mode cannot carry.
  process.env.E2E_DIRECT_DATABASE_URL = url.toString();
  // E2E_PGBOUNCER=1 (CI does this in a second run): the app and the tests reach the database through a
  // PgBouncer in transaction pooling mode, configured as docs/pgbouncer.md says.
  let pgbouncer: PgBouncerHandle | undefined;
  if (process.env.E2E_PGBOUNCER === '1') {
    pgbouncer = await startPgBouncer(url.toString(), await freePort());
    process.env.DATABASE_URL = pgbouncer.url;
    process.env.DATABASE_DIRECT_URL ??= url.toString();
  }
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
  // One export folder for every app of the run (in-process and child replicas), as replicas would share a volume.
  process.env.EXPORTS_DIR ??= join(parent, 'exports');
  // Every app of the run (in-process or child) serves metrics on a free port, never on the fixed default.
  process.env.METRICS_PORT ??= '0';
  globalThis.__E2E__ = { embedded, adminUrl, database, pgbouncer };
}
