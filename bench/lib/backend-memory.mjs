// Memory of the PostgreSQL backends that serve one app process: the pg_stat_activity rows with the app's
// application_name in the bench database whose client port is a socket of that process (two apps with the same
// application_name can be connected at once), and /proc/<backend pid>/smaps_rollup of each (the server is local in
// both modes; as root every backend is readable). Pss is the backend's proportional share of what it maps (its own
// memory plus a share of shared_buffers and the binary); Pss_Anon is its private heap alone, where the catalog caches
// it keeps for every table it touched live.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { round } from './util.mjs';

/** Local TCP ports of the sockets `pid` holds, from /proc/<pid>/fd and /proc/<pid>/net/tcp{,6}. */
function localPortsOf(pid) {
  const inodes = new Set();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]);
    } catch {
      // the descriptor closed while listing
    }
  }
  const ports = new Set();
  for (const table of ['tcp', 'tcp6']) {
    let text;
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      // sl local_address rem_address st tx:rx tr:tm retrnsmt uid timeout inode
      if (f.length > 9 && inodes.has(f[9])) ports.add(parseInt(f[1].split(':')[1], 16));
    }
  }
  return ports;
}

/** kB figures of one backend's smaps_rollup, or null when the process is gone or unreadable. */
function smapsRollup(pid) {
  let text;
  try {
    text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  } catch {
    return null;
  }
  const kb = (name) => {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  };
  return {
    rssKb: kb('Rss'),
    pssKb: kb('Pss'),
    pssAnonKb: kb('Pss_Anon'),
    privateKb: (kb('Private_Clean') ?? 0) + (kb('Private_Dirty') ?? 0),
  };
}

/**
 * The backends serving `appPid` (application_name `applicationName`, this database) and their memory in MB:
 * { backends, totalPssMb, totalPssAnonMb, totalPrivateMb, perBackend: [{ pid, pssMb, pssAnonMb, privateMb, rssMb }] }.
 */
export async function measureBackendMemory(client, applicationName, appPid) {
  const { rows } = await client.query(
    `SELECT pid, client_port FROM pg_stat_activity
      WHERE application_name = $1 AND datname = current_database() AND backend_type = 'client backend'`,
    [applicationName],
  );
  const ports = localPortsOf(appPid);
  const mb = (kb) => round(kb / 1024, 1);
  const perBackend = [];
  for (const row of rows.filter((r) => ports.has(r.client_port))) {
    const m = smapsRollup(row.pid);
    if (!m) continue;
    perBackend.push({
      pid: row.pid,
      pssMb: mb(m.pssKb),
      pssAnonMb: mb(m.pssAnonKb),
      privateMb: mb(m.privateKb),
      rssMb: mb(m.rssKb),
    });
  }
  const sum = (key) =>
    round(
      perBackend.reduce((s, b) => s + (b[key] ?? 0), 0),
      1,
    );
  return {
    backends: perBackend.length,
    totalPssMb: sum('pssMb'),
    totalPssAnonMb: sum('pssAnonMb'),
    totalPrivateMb: sum('privateMb'),
    perBackend: perBackend.sort((a, b) => b.pssMb - a.pssMb),
  };
}

/** "10 backends, Pss 123.4 MB total (heap Pss_Anon 80.1 MB); per backend Pss 12.3-13.0 MB". */
export function formatBackendMemory(m) {
  if (!m) return 'not measured';
  if (m.error) return `failed (${m.error})`;
  if (m.backends === 0) return 'no backends found';
  const pss = m.perBackend.map((b) => b.pssMb);
  const anon = m.perBackend.map((b) => b.pssAnonMb);
  const range = (xs) => `${Math.min(...xs)}-${Math.max(...xs)}`;
  return (
    `${m.backends} backends, Pss ${m.totalPssMb} MB total (private heap Pss_Anon ${m.totalPssAnonMb} MB); ` +
    `per backend Pss ${range(pss)} MB, Pss_Anon ${range(anon)} MB`
  );
}
