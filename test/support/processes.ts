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

const OUTPUT_TAIL_CHARS = 4000;
const tails = new WeakMap<ChildProcess, { text: string }>();

/**
 * Starts a built entry point. Its output is always drained (a full pipe would block the child's synchronous log
 * writes) and its last few thousand characters are kept for failure messages (`outputTail`).
 */
export function startNode(script: string, env: Record<string, string | undefined>): ChildProcess {
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = { text: '' };
  tails.set(child, tail);
  const keep = (chunk: Buffer) => {
    tail.text = (tail.text + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

/** The last output of a child started by `startNode`. */
export function outputTail(child: ChildProcess): string {
  return tails.get(child)?.text ?? '';
}

/**
 * Starts the built app (or another entry point that serves HTTP) on a free port and waits until `readyPath`
 * answers 200. A port taken between `freePort` and the child's listen (another suite's process) is retried on a
 * new port; any other early exit fails with the child's output.
 */
export async function startServer(
  script: string,
  env: Record<string, string | undefined>,
  { readyPath = '/health/ready', timeoutMs = 60_000 } = {},
): Promise<{ base: string; port: number; child: ChildProcess }> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const child = startNode(script, { ...env, PORT: String(port) });
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitFor(`${base}${readyPath}`, (s) => s === 200, timeoutMs, child);
      return { base, port, child };
    } catch (error) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      if (attempt < 3 && /EADDRINUSE/.test(outputTail(child))) continue;
      throw error;
    }
  }
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

/**
 * Polls `url` until `accept(status)` or the deadline passes. Given the child that serves `url`, it fails as soon as
 * that child exits, and every failure quotes the child's last output.
 */
export async function waitFor(
  url: string,
  accept: (status: number) => boolean,
  timeoutMs = 20_000,
  child?: ChildProcess,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  const why = () => (child ? `; its output ends:\n${outputTail(child).slice(-1500)}` : '');
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${url}: the process exited (${child.exitCode ?? child.signalCode}) before it was ready${why()}`);
    }
    try {
      last = (await fetch(url)).status;
      if (accept(last)) return last;
    } catch {
      last = 0;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} never answered as expected (last status ${last})${why()}`);
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
