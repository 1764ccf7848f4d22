import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * The V8 flags of the production image (Dockerfile): Node 24 sizes the young generation from the machine's memory
 * (up to 64 MB of garbage before a scavenge) where Node 20 keeps 16 MB semi-spaces; the image pins 16 MB, so a
 * process's RSS reflects what it holds. The built app runs with them here too, on either Node.
 */
export const PRODUCTION_NODE_FLAGS = ['--max-semi-space-size=16'];

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built entry point (`dist/...`) to completion with extra environment variables. */
export function runNode(
  script: string,
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
  args: string[] = [],
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not finish in ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export function startNode(script: string, env: Record<string, string | undefined>): ChildProcess {
  return spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until `accept(status)` or the deadline passes. */
export async function waitFor(url: string, accept: (status: number) => boolean, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < deadline) {
    try {
      last = (await fetch(url)).status;
      if (accept(last)) return last;
    } catch {
      last = 0;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} never answered as expected (last status ${last})`);
}

/** Resolves with the first line of the child's stdout or stderr that matches `pattern`. */
export function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((l) => pattern.test(l));
      if (line === undefined) return;
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      resolve(line);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`exited (${code}) before printing ${pattern}: ${buffered.slice(-500)}`)),
    );
  });
}
