// Small helpers shared by the harness: logging, timing, percentiles, bounded concurrency.
import { randomBytes } from 'node:crypto';

/** One timestamped line on stderr, so stdout keeps only the report. */
export function log(message) {
  const elapsed = ((Date.now() - log.startedAt) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${elapsed}s] ${message}\n`);
}
log.startedAt = Date.now();

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A random string of `length` characters from [A-Za-z0-9]. */
export function randomString(length) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[bytes[i] % alphabet.length];
  return out;
}

/** Nearest-rank percentile of an array of numbers (p in 0..100); null for an empty array. */
export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Rounds for display and JSON: numbers keep `digits` decimals, null stays null. */
export function round(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** When the last progress line was printed, shared by every progress printer. */
let lastProgressAt = 0;

/**
 * Returns `(done, total) => void` that prints "<label>: done/total", but never more than one progress
 * line per second across all printers (the caller prints its own final summary line).
 */
export function throttledProgress(label) {
  return (done, total) => {
    const now = Date.now();
    if (now - lastProgressAt < 1000) return;
    lastProgressAt = now;
    log(`${label}: ${done}/${total}`);
  };
}

/**
 * Runs `task(i)` for i in [from, to) with at most `concurrency` in flight. The first failure stops
 * new tasks from starting and is re-thrown once the ones in flight settle. Bounded by the count.
 */
export async function runBounded(from, to, concurrency, task) {
  let next = from;
  let failure = null;
  async function worker() {
    while (failure === null && next < to) {
      const i = next;
      next += 1;
      try {
        await task(i);
      } catch (err) {
        failure ??= err;
      }
    }
  }
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, to - from)) }, worker);
  await Promise.all(workers);
  if (failure) throw failure;
}
