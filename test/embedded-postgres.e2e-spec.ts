import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runNode, startNode, waitFor, waitForOutput } from './support/processes.js';

/** `npm start` with no DATABASE_URL: the app starts its own PostgreSQL, as on a fresh machine. */
const withoutDatabase = (extra: Record<string, string>) => ({
  DATABASE_URL: undefined,
  NODE_ENV: 'development',
  LOG_LEVEL: 'warn',
  ...extra,
});

describe('The embedded PostgreSQL of `npm start`', () => {
  let dir: string;
  beforeEach(() => {
    // A private folder, as a clone in /root or a `mktemp -d` is: only its owner may enter.
    dir = mkdtempSync(join(tmpdir(), 'mtb-private-'));
    chmodSync(dir, 0o700);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts with its data folder inside a private folder (as root, data goes where the postgres user can reach)', async () => {
    const port = await freePort();
    const child = startNode(
      'dist/main.js',
      withoutDatabase({
        PORT: String(port),
        EMBEDDED_PG_PORT: String(await freePort()),
        EMBEDDED_PG_DIR: join(dir, 'pg'),
      }),
    );
    const relocated =
      process.getuid?.() === 0 ? waitForOutput(child, /the postgres user cannot reach .*: data is in /) : undefined;
    try {
      await waitFor(`http://127.0.0.1:${port}/health/ready`, (s) => s === 200, 120_000);
      if (relocated) expect(await relocated).toContain(join(dir, 'pg'));
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  it('stops with one line saying what to do when it cannot start (its port is taken)', async () => {
    // PostgreSQL listens on localhost: take the port on both loopback addresses (where ::1 exists).
    const pgPort = await freePort();
    const taken: Server[] = [];
    for (const host of ['127.0.0.1', '::1']) {
      const server = createServer();
      const listening = await new Promise<boolean>((resolve) => {
        server.once('error', () => resolve(false));
        server.listen(pgPort, host, () => resolve(true));
      });
      if (listening) taken.push(server);
    }
    try {
      const res = await runNode(
        'dist/main.js',
        withoutDatabase({
          PORT: String(await freePort()),
          EMBEDDED_PG_PORT: String(pgPort),
          EMBEDDED_PG_DIR: join(dir, 'pg'),
        }),
        120_000,
      );
      expect(res.code).toBe(1);
      // Nest's own warning lines (e.g. the data folder moved) are not errors; PostgreSQL's WARNING text inside ours is.
      const errors = res.stderr.split('\n').filter((l) => l.trim() !== '' && !/\[Nest\].*WARN/.test(l));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^Embedded PostgreSQL could not start on port \d+: .+\. Set DATABASE_URL /);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    } finally {
      for (const server of taken) server.close();
    }
  });
});
