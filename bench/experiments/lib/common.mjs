// Small helpers shared by the experiments: free ports, medians, child processes with an IPC channel
// (servers under test), one-shot autocannon runs in their own process, a watchdog and cleanup.
// Every wait is bounded by a timeout; every child this module starts is tracked and stopped on exit.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const LIB_DIR = dirname(fileURLToPath(import.meta.url));
export const LOAD_SCRIPT = join(LIB_DIR, 'load.mjs');

/** Progress goes to stderr; the report goes to stdout. */
export function log(message) {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** Reads `--name=value` flags (numbers only) with defaults. */
export function numberFlags(defaults) {
  const out = { ...defaults };
  for (const arg of process.argv.slice(2)) {
    const m = /^--([a-z-]+)=(\d+(?:\.\d+)?)$/.exec(arg);
    if (!m || !(m[1] in defaults)) {
      process.stderr.write(
        `unknown or bad flag ${arg}; known: ${Object.keys(defaults)
          .map((k) => `--${k}=N`)
          .join(' ')}\n`,
      );
      process.exit(2);
    }
    out[m[1]] = Number(m[2]);
  }
  return out;
}

/** A free TCP port on 127.0.0.1: the harness's own helper. */
export { freePort } from '../../lib/children.mjs';

/** Only what Node needs, so the caller's shell cannot change what is measured. */
function baseEnv() {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'];
  return Object.fromEntries(keep.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]));
}

const running = new Set();

/**
 * Starts `node [nodeArgs] script args` with an IPC channel. Resolves with a handle once the child sends
 * `{ ready: true }` (within `readyTimeoutMs`). `handle.request(msg)` sends `{ id, ...msg }` and resolves with
 * the child's reply `{ id, ... }` (bounded by a timeout).
 */
export function startServerChild(name, script, args, { cwd, env = {}, nodeArgs = [], readyTimeoutMs = 30000 } = {}) {
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
    cwd,
    env: { ...baseEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (d) => {
    output = (output + d).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const pending = new Map();
  let nextId = 1;
  const handle = {
    name,
    child,
    pid: child.pid,
    output: () => output,
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal))),
    request(msg, timeoutMs = 15000) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${name}: no reply to ${JSON.stringify(msg)} within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, (reply) => {
          clearTimeout(timer);
          resolve(reply);
        });
        child.send({ id, ...msg });
      });
    },
  };
  running.add(handle);
  handle.exited.then(() => running.delete(handle));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stopChild(handle);
      reject(new Error(`${name} did not become ready within ${readyTimeoutMs} ms:\n${output}`));
    }, readyTimeoutMs);
    child.on('message', (msg) => {
      if (msg && msg.ready) {
        clearTimeout(timer);
        handle.info = msg;
        resolve(handle);
      } else if (msg && msg.id && pending.has(msg.id)) {
        const done = pending.get(msg.id);
        pending.delete(msg.id);
        done(msg);
      }
    });
    handle.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

/** SIGTERM, then SIGKILL after 3 s; resolves when the child is gone. Only for children started here. */
export async function stopChild(handle) {
  if (!handle || handle.child.exitCode !== null || handle.child.signalCode !== null) return;
  handle.child.kill('SIGTERM');
  const killed = await Promise.race([handle.exited.then(() => true), sleep(3000).then(() => false)]);
  if (!killed) {
    handle.child.kill('SIGKILL');
    await Promise.race([handle.exited, sleep(2000)]);
  }
}

export async function stopAllChildren() {
  await Promise.all([...running].map((h) => stopChild(h)));
}

/**
 * One autocannon run against 127.0.0.1 from a separate process (`lib/load.mjs`), so the load generator
 * shares no event loop with this script or the server. Resolves with autocannon's summary.
 */
export function runLoad({ url, path, headers = {}, connections = 50, durationSeconds = 5 }) {
  const config = JSON.stringify({ url, path, headers, connections, durationSeconds });
  const child = spawn(process.execPath, [LOAD_SCRIPT, config], {
    env: baseEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const handle = { name: 'load', child, exited: new Promise((r) => child.on('exit', (c, s) => r(c ?? s))) };
  running.add(handle);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const limitMs = (durationSeconds + 20) * 1000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`load run exceeded ${limitMs} ms`));
    }, limitMs);
    handle.exited.then((code) => {
      clearTimeout(timer);
      running.delete(handle);
      if (code !== 0) return reject(new Error(`load run failed (${code}): ${stderr}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop()));
      } catch {
        reject(new Error(`bad load output: ${stdout} ${stderr}`));
      }
    });
  });
}

/**
 * Makes the script stop by itself: a watchdog that runs `cleanup` and exits 1 after `limitMs`, and the same
 * cleanup on SIGINT/SIGTERM. Returns `disarm()` for the normal end.
 */
export function installWatchdog(limitMs, cleanup) {
  let cleaning = false;
  const bail = async (why) => {
    if (cleaning) return;
    cleaning = true;
    log(`stopping: ${why}`);
    await Promise.race([
      Promise.resolve()
        .then(cleanup)
        .catch(() => undefined),
      sleep(15000),
    ]);
    await stopAllChildren();
    process.exit(1);
  };
  const timer = setTimeout(() => bail(`time limit ${limitMs / 1000} s exceeded`), limitMs);
  const onSignal = (sig) => bail(sig);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

/** 1-minute load average and core count, for the report header. */
export async function machineLine() {
  const os = await import('node:os');
  return `node ${process.version}, ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;
}

/** `--rounds`, `--seconds` and `--connections` of the HTTP experiments, range-checked (exit 2 when out of range). */
export function httpExperimentFlags() {
  const flags = numberFlags({ rounds: 4, seconds: 5, connections: 50 });
  const { rounds, seconds, connections } = flags;
  if (rounds < 3 || rounds > 20 || seconds < 1 || seconds > 30 || connections < 1 || connections > 500) {
    process.stderr.write('flags out of range (rounds 3-20, seconds 1-30, connections 1-500)\n');
    process.exit(2);
  }
  return flags;
}
