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

/** Fields of /proc/<pid>/stat after "(comm) ": state is index 0, utime 11, stime 12, cutime 13, cstime 14. */
function statFields(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The live children of a process (Linux lists them per task). */
function childrenOf(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return text ? text.split(/\s+/) : [];
  } catch {
    return [];
  }
}

/**
 * user + system CPU seconds of a process and its descendants (the workers of APP_WORKERS > 1), those that exited
 * and were waited for included (cutime + cstime), or null. A single process has no children: its own time.
 */
function cpuSecondsOf(pid) {
  const fields = statFields(pid);
  if (!fields) return null;
  let total = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / TICKS_PER_SECOND;
  for (const child of childrenOf(pid)) total += cpuSecondsOf(child) ?? 0;
  return total;
}

/**
 * pid -> { own, reaped } CPU seconds of every process named `postgres` visible on this host (empty when remote):
 * its own user + system time, and that of its children that have exited and been waited for (cutime + cstime).
 */
function postgresCpuByPid() {
  const byPid = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    const fields = statFields(entry);
    if (!fields) continue;
    byPid.set(entry, {
      own: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      reaped: (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND,
    });
  }
  return byPid;
}

/** A CPU reading to diff against later. */
function cpuSnapshot(pid) {
  return { at: performance.now(), target: cpuSecondsOf(pid), postgres: postgresCpuByPid() };
}

/**
 * CPU seconds postgres processes used between two snapshots, backends that exited in between included: the app
 * recycles its pooled connections (DATABASE_POOL_MAX_TENANTS_PER_CONNECTION, DATABASE_POOL_MAX_USES), and a backend that exits mid-run has its whole CPU time
 * added to the postmaster's reaped-children time, from which the part it had used before the run is taken off.
 * Processes started in between count in full. null when none are local.
 */
function postgresDelta(start, end) {
  if (end.size === 0) return null;
  let total = 0;
  for (const [pid, now] of end) {
    const before = start.get(pid);
    total += Math.max(0, now.own - (before?.own ?? 0)) + Math.max(0, now.reaped - (before?.reaped ?? 0));
  }
  for (const [pid, before] of start) if (!end.has(pid)) total -= before.own;
  return Math.max(0, total);
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
