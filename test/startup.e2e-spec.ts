import { adminHeaders } from './support/auth.js';
import { freePort, runNode, startNode, waitFor } from './support/processes.js';

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

  it('on SIGTERM finishes a request already in flight before it closes', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = startNode('dist/main.js', { PORT: String(port), SHUTDOWN_DELAY_MS: '0', LOG_LEVEL: 'warn' });
    const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(`${code}/${signal}`)));
    try {
      await waitFor(`${base}/health/ready`, (s) => s === 200);
      // Provisioning with a first admin hashes a password at full argon2 cost: a request that takes a while.
      const domain = `inflight-${Date.now()}.example.com`;
      const inFlight = fetch(`${base}/api/tenants`, {
        method: 'POST',
        headers: { ...adminHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'In flight',
          domain,
          admin: { email: `a@${domain}`, password: 'a long enough secret' },
        }),
      });
      await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGTERM');
      expect((await inFlight).status).toBe(201);
      expect(['0/null', 'null/SIGTERM']).toContain(await exited);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('on SIGTERM fails readiness first, keeps serving during the delay, then exits cleanly', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = startNode('dist/main.js', { PORT: String(port), SHUTDOWN_DELAY_MS: '1500', LOG_LEVEL: 'warn' });
    const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(`${code}/${signal}`)));
    try {
      await waitFor(`${base}/health/ready`, (s) => s === 200);
      child.kill('SIGTERM');
      await waitFor(`${base}/health/ready`, (s) => s === 503, 1000);
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      expect((await fetch(`${base}/api/tenants`, { headers: adminHeaders })).status).toBe(200);
      // Nest re-raises the signal after closing, so the process ends by SIGTERM rather than exit code 0.
      expect(['0/null', 'null/SIGTERM']).toContain(await exited);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
