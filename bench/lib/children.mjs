// Child processes of the harness (the app, the raw server, migrate, load generators): spawning with a
// minimal environment, waiting for readiness, reading RSS, and stopping them. Every child is tracked so
// that cleanup (normal end, error or Ctrl-C) can end exactly the processes this harness started.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { sleep } from './util.mjs';

/** Children still running, for cleanup. */
const running = new Set();

/**
 * The environment a child starts from: only what Node needs, so variables of the caller's shell
 * (REDIS_URL, LOG_LEVEL, a DATABASE_URL for something else...) cannot change what is measured.
 */
export function baseEnv() {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'TZ'];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));
}

/** A free TCP port on 127.0.0.1 (the OS picks; the listener is closed before returning). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Keeps the last `max` lines a child wrote, for error messages. Chunks are only appended to a bounded string here
 * and split into lines when asked: the app under load writes an access line per request, and the harness shares the
 * machine's cores with it.
 */
function tailBuffer(max = 40, maxChars = 16 * 1024) {
  let text = '';
  return {
    push(chunk) {
      text += chunk;
      if (text.length > maxChars * 2) text = text.slice(-maxChars);
    },
    text: () =>
      text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .slice(-max)
        .join('\n'),
  };
}

/**
 * Starts `node <script> ...args` with `env` (on top of baseEnv) in `cwd`. Returns
 * { child, pid, name, output(), stdout(), exited } where `exited` resolves with the exit code. The whole stdout is
 * kept only with `keepStdout` (scripts that print a result); a server's is not, only the tail `output()` reads.
 */
export function startNode(name, script, args, env, cwd, options = {}) {
  return startProcess(name, process.execPath, [script, ...args], env, cwd, options);
}

/** As startNode, for any executable (pgbench). */
export function startProcess(name, command, args, env, cwd, { keepStdout = false } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...baseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = tailBuffer();
  let stdout = '';
  child.stdout.on('data', (d) => {
    if (keepStdout) stdout += d;
    tail.push(d);
  });
  child.stderr.on('data', (d) => tail.push(d));
  const handle = {
    name,
    child,
    pid: child.pid,
    stdout: () => stdout,
    output: () => tail.text(),
    exitCode: null,
    exited: null,
  };
  handle.exited = new Promise((resolve) => {
    child.on('error', (err) => {
      tail.push(`spawn error: ${err.message}`);
      running.delete(handle);
      handle.exitCode = -1;
      resolve(-1);
    });
    child.on('close', (code, signal) => {
      running.delete(handle);
      handle.exitCode = code ?? (signal ? `signal ${signal}` : -1);
      resolve(handle.exitCode);
    });
  });
  running.add(handle);
  return handle;
}

/** Runs a script to completion within `timeoutMs` (killed after); resolves { code, stdout, output, ms }. */
export async function runNode(name, script, args, env, cwd, timeoutMs) {
  return runProcess(name, process.execPath, [script, ...args], env, cwd, timeoutMs);
}

/** As runNode, for any executable. */
export async function runProcess(name, command, args, env, cwd, timeoutMs) {
  const started = Date.now();
  const handle = startProcess(name, command, args, env, cwd, { keepStdout: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    handle.child.kill('SIGKILL');
  }, timeoutMs);
  const exitCode = await handle.exited;
  clearTimeout(timer);
  const code = timedOut ? `killed after the ${timeoutMs} ms timeout` : exitCode;
  return { code, stdout: handle.stdout(), output: handle.output(), ms: Date.now() - started };
}

/**
 * Polls `url` until it answers `status`, the child exits, or `timeoutMs` passes (then throws with the
 * child's last output lines).
 */
export async function waitForStatus(handle, url, status, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (handle.exitCode !== null) {
      throw new Error(`${handle.name} exited (${handle.exitCode}) before ${url} answered:\n${handle.output()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === status) return;
      last = `status ${res.status}`;
    } catch (err) {
      last = err.message;
    }
    await sleep(200);
  }
  throw new Error(
    `${handle.name}: ${url} did not answer ${status} within ${timeoutMs} ms (${last}):\n${handle.output()}`,
  );
}

/** Resident set size of a process in MB from /proc/<pid>/status (VmRSS), or null if unavailable. */
export function readRssMb(pid) {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** SIGTERM, then SIGKILL if the child has not exited within `graceMs`. */
export async function stopChild(handle, graceMs = 10_000) {
  if (!handle || handle.exitCode !== null) return;
  handle.child.kill('SIGTERM');
  const timer = setTimeout(() => handle.child.kill('SIGKILL'), graceMs);
  await handle.exited;
  clearTimeout(timer);
}

/** Stops every child this harness started that is still running. */
export async function stopAllChildren(graceMs = 5000) {
  await Promise.all([...running].map((h) => stopChild(h, graceMs)));
}

/** Synchronous last resort for process exit: SIGKILL whatever is still running. */
export function killAllChildrenNow() {
  for (const h of running) h.child.kill('SIGKILL');
}
