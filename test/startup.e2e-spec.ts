import type { ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import pg from 'pg';
import { withDatabase } from './support/app.js';
import { adminHeaders } from './support/auth.js';
import { freePort, runNode, startNode, waitFor, waitForOutput } from './support/processes.js';

describe('Start-up and shutdown of the built app', () => {
  it.each([
    [{ DATABASE_POOL_MAX: 'abc' }, 'DATABASE_POOL_MAX'],
    [{ PORT: '99999' }, 'PORT'],
    [{ DATABASE_SSL: 'maybe' }, 'DATABASE_SSL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production', DATABASE_URL: undefined }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production', JWT_SECRET: undefined }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'weak-secret' }, 'JWT_SECRET'],
    [{ ADMIN_API_KEY: 'weak' }, 'ADMIN_API_KEY'],
  ])('stops with one clear line when the configuration is %j', async (env, variable) => {
    const res = await runNode('dist/main.js', env as Record<string, string | undefined>);
    expect(res.code).toBe(1);
    const lines = res.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: /);
    expect(lines[0]).toContain(variable);
  });

  it('on SIGTERM finishes a request already in flight, after the listener has closed', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = startNode('dist/main.js', { PORT: String(port), SHUTDOWN_DELAY_MS: '0', LOG_LEVEL: 'warn' });
    const exited = exitOf(child);
    const lock = new pg.Client({ connectionString: process.env.DATABASE_URL });
    try {
      await waitFor(`${base}/health/ready`, (s) => s === 200);
      // The request waits on a lock the test holds, so it is provably inside the app when SIGTERM arrives.
      await lock.connect();
      await lock.query('BEGIN; LOCK TABLE public.tenants IN ACCESS EXCLUSIVE MODE');
      const inFlight = fetch(`${base}/api/tenants`, { headers: adminHeaders });
      await appStatementsWaitingOnLocks(1);
      child.kill('SIGTERM');
      // The listener closes while the request is still held...
      await waitUntil(() =>
        fetch(`${base}/health/live`).then(
          () => false,
          () => true,
        ),
      );
      await lock.query('ROLLBACK');
      // ...and it still completes, then the process exits.
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(((await res.json()) as { success: boolean }).success).toBe(true);
      expect(['0/null', 'null/SIGTERM']).toContain(await exited);
    } finally {
      await lock.end().catch(() => undefined);
      child.kill('SIGKILL');
    }
  });

  it('on SIGTERM fails readiness first, keeps serving during the delay, then exits cleanly', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const delayMs = 3000;
    const child = startNode('dist/main.js', {
      PORT: String(port),
      SHUTDOWN_DELAY_MS: String(delayMs),
      LOG_LEVEL: 'log',
    });
    const exited = exitOf(child);
    try {
      await waitFor(`${base}/health/ready`, (s) => s === 200);
      const draining = waitForOutput(child, /SIGTERM: readiness is failing/);
      const signalled = Date.now();
      child.kill('SIGTERM');
      // Readiness fails from the moment the app logs it, and the delay keeps everything else serving.
      await draining;
      expect((await fetch(`${base}/health/ready`)).status).toBe(503);
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      expect((await fetch(`${base}/api/tenants`, { headers: adminHeaders })).status).toBe(200);
      // Nest re-raises the signal after closing, so the process ends by SIGTERM rather than exit code 0.
      expect(['0/null', 'null/SIGTERM']).toContain(await exited);
      expect(Date.now() - signalled).toBeGreaterThanOrEqual(delayMs);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('loses no request over a SIGTERM under load, with the shutdown delay a Kubernetes preStop gives', async () => {
    const port = await freePort();
    const child = startNode('dist/main.js', { PORT: String(port), SHUTDOWN_DELAY_MS: '1000', LOG_LEVEL: 'warn' });
    const exited = exitOf(child);
    try {
      await waitFor(`http://127.0.0.1:${port}/health/ready`, (s) => s === 200);
      const load = new BalancedLoad(port, 8);
      const running = load.run(20_000, 3000);
      await waitUntil(async () => load.ok >= 200);
      const okBeforeSignal = load.ok;
      child.kill('SIGTERM');
      const result = await running;
      expect(['0/null', 'null/SIGTERM']).toContain(await exited);
      // Requests kept being answered after SIGTERM (the delay), and not one failed or was reset.
      expect(result.failed).toEqual([]);
      expect(result.ok).toBeGreaterThan(okBeforeSignal);
      expect(result.sawNotReady).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

function exitOf(child: ChildProcess): Promise<string> {
  return new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(`${code}/${signal}`)));
}

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((r) => setTimeout(r, 20));
}

/** Resolves once `n` statements of the app wait on a lock (pg_stat_activity). */
async function appStatementsWaitingOnLocks(n: number): Promise<void> {
  await waitUntil(() =>
    withDatabase(async (c) => {
      const { rows } = await c.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE application_name = 'multi-tenant-backend' AND wait_event_type = 'Lock'`,
      );
      return rows[0].n >= n;
    }),
  );
}

/**
 * What a load balancer does in front of a pod: `clients` loops send requests one after another (a database
 * route and liveness) over keep-alive connections, while a probe polls readiness. Once readiness fails, no new
 * connection is opened (traffic goes to other pods); a connection already open is used until the server asks
 * to close it. Bounded by `maxPerClient` requests per loop and `timeoutMs`.
 */
class BalancedLoad {
  ok = 0;
  sawNotReady = false;
  readonly failed: string[] = [];

  constructor(
    private readonly port: number,
    private readonly clients: number,
  ) {}

  async run(timeoutMs: number, maxPerClient: number) {
    const deadline = Date.now() + timeoutMs;
    const probe = (async () => {
      while (!this.sawNotReady && Date.now() < deadline) {
        const status = await fetch(`http://127.0.0.1:${this.port}/health/ready`).then(
          (r) => r.status,
          () => 0,
        );
        if (status !== 200) this.sawNotReady = true;
        else await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await Promise.all(
      Array.from({ length: this.clients }, async (_, i) => {
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        try {
          for (let n = 0; n < maxPerClient && Date.now() < deadline; n++) {
            const open = Object.values(agent.freeSockets).some((list) => (list?.length ?? 0) > 0);
            if (this.sawNotReady && !open) return;
            const outcome = await this.send(agent, (n + i) % 2 === 0 ? '/api/tenants?limit=1' : '/health/live');
            if (outcome === 'ok') this.ok++;
            else this.failed.push(outcome);
          }
        } finally {
          agent.destroy();
        }
      }),
    );
    await probe;
    return { ok: this.ok, failed: this.failed, sawNotReady: this.sawNotReady };
  }

  private send(agent: Agent, path: string): Promise<string> {
    return new Promise((resolve) => {
      const req = request({ host: '127.0.0.1', port: this.port, path, agent, headers: adminHeaders }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200 ? 'ok' : `${path} answered ${res.statusCode}`));
      });
      req.setTimeout(10_000, () => req.destroy(new Error('no answer in 10 s')));
      req.on('error', (err: NodeJS.ErrnoException) => resolve(`${path}: ${err.code ?? err.message}`));
      req.end();
    });
  }
}
