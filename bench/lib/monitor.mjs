// Samples taken while a load run is in flight, every 100 ms: the PostgreSQL connections of one
// application_name (on one separate pg.Client) and the resident memory of one process (/proc).
// Also CPU time used during the run by the target process and by local `postgres` processes, which
// shows whether a target was limited by its own CPU or by the database.
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { readRssMb } from './children.mjs';

const INTERVAL_MS = 100;
/** Linux reports utime/stime in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
const TICKS_PER_SECOND = 100;

/** user + system CPU seconds of one process from /proc/<pid>/stat, or null. */
function cpuSecondsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm) ": state is index 0, utime index 11, stime index 12.
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** pid -> CPU seconds of every process named `postgres` visible on this host (empty when remote). */
function postgresCpuByPid() {
  const byPid = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    const seconds = cpuSecondsOf(entry);
    if (seconds !== null) byPid.set(entry, seconds);
  }
  return byPid;
}

/** A CPU reading to diff against later. */
function cpuSnapshot(pid) {
  return { at: performance.now(), target: cpuSecondsOf(pid), postgres: postgresCpuByPid() };
}

/**
 * CPU seconds postgres processes used between two snapshots. Per process, so a backend that exits
 * in between (an idle pooled connection closing) cannot make the sum go negative; its last slice
 * is simply not counted. Processes started in between count in full. null when none are local.
 */
function postgresDelta(start, end) {
  if (end.size === 0) return null;
  let total = 0;
  for (const [pid, seconds] of end) total += Math.max(0, seconds - (start.get(pid) ?? 0));
  return total;
}

/** CPU used between two snapshots, as percent of one core (200 = two cores busy). */
function cpuPercent(start, end) {
  const seconds = (end.at - start.at) / 1000;
  const pct = (used) => (used === null || seconds <= 0 ? null : (used / seconds) * 100);
  return {
    targetCpuPercent: pct(start.target === null || end.target === null ? null : end.target - start.target),
    postgresCpuPercent: pct(postgresDelta(start.postgres, end.postgres)),
  };
}

/**
 * The connections the monitors poll on (two at most: the paired cost runs monitor two targets at once, and one
 * pg.Client must not run two queries at a time); they name themselves so they never count themselves.
 */
export async function connectMonitor(url) {
  const pool = new pg.Pool({ connectionString: url, application_name: 'bench-monitor', max: 2 });
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  return pool;
}

/** How many connections `applicationName` holds on this database right now. */
export async function countConnections(client, applicationName) {
  const { rows } = await client.query(
    'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
    [applicationName],
  );
  return rows[0].n;
}

/**
 * Starts sampling; `stop()` ends it and resolves
 * { peakConnections, peakRssMb, samples, targetCpuPercent, postgresCpuPercent }.
 * A poll still in flight is skipped rather than queued, so polls never pile up.
 */
export function startMonitor(client, applicationName, pid) {
  let peakConnections = 0;
  let peakRssMb = 0;
  let samples = 0;
  let inFlight = null;
  const sample = () => {
    const rss = readRssMb(pid);
    if (rss !== null) peakRssMb = Math.max(peakRssMb, rss);
    if (inFlight) return;
    inFlight = countConnections(client, applicationName)
      .then((n) => {
        peakConnections = Math.max(peakConnections, n);
        samples += 1;
      })
      .catch(() => undefined)
      .finally(() => {
        inFlight = null;
      });
  };
  const cpuStart = cpuSnapshot(pid);
  sample();
  const timer = setInterval(sample, INTERVAL_MS);
  return {
    async stop() {
      clearInterval(timer);
      const cpu = cpuPercent(cpuStart, cpuSnapshot(pid));
      await inFlight;
      return { peakConnections, peakRssMb, samples, ...cpu };
    },
  };
}
