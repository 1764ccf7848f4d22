// A feature's cost measured in the same run: an app with it on and one with it off, loaded at the same time with
// half the connections each, so whatever else the machine is doing hits both alike. Shared by audit-cost.mjs and
// observability-cost.mjs.

// Five: single 5 s rounds varied by more than ±10 points on this machine, three were not enough to read a 5% target.
export const ROUNDS = 5;

/** Warm-up rounds stop after this many seconds even if throughput is still rising. */
export const WARMUP_MAX_SECONDS = 60;

/** Warm-up requests each side serves at least, per tenant (see warmUntilSteady). */
export const WARMUP_REQUESTS_PER_TENANT = 5;

/**
 * Unmeasured rounds of simultaneous load on fresh apps (`run(side, seconds)` for each of `sides`) until each side
 * has served WARMUP_REQUESTS_PER_TENANT requests per tenant and the total throughput has stopped rising (a round
 * less than 10% above the best before it), at least two rounds and at most WARMUP_MAX_SECONDS. A fresh process's
 * JIT and tenant cache are cold, and so are its new PostgreSQL backends: a backend's first write into a tenant
 * costs milliseconds and its first five runs of a prepared statement are planned each time
 * (bench/experiments/tenant-affinity.mjs), so at 1,000 tenants a pair stopped after three rounds (a noisy round
 * below the one before) still measured the audited side's warm-up. `tenants`: the tenant count under load.
 */
export async function warmUntilSteady({ run, sides, roundSeconds, tenants = 0 }) {
  const rounds = [];
  const served = new Map(sides.map((side) => [side, 0]));
  const enough = () => [...served.values()].every((n) => n >= tenants * WARMUP_REQUESTS_PER_TENANT);
  while (rounds.length * roundSeconds < WARMUP_MAX_SECONDS) {
    const results = await Promise.all(sides.map((side) => run(side, roundSeconds)));
    results.forEach((r, i) => served.set(sides[i], served.get(sides[i]) + r.requestsPerSecond * roundSeconds));
    const total = results.reduce((sum, r) => sum + r.requestsPerSecond, 0);
    const best = Math.max(0, ...rounds);
    rounds.push(total);
    if (rounds.length >= 2 && total < best * 1.1 && enough()) break;
  }
  return { seconds: rounds.length * roundSeconds, requestsPerSecond: rounds.map(Math.round) };
}

/**
 * The server's housekeeping counters: checkpoints completed (pg_stat_checkpointer from PostgreSQL 17, else
 * pg_stat_bgwriter) and autovacuum and autoanalyze runs over all tables. Read around each round of a pair, they show
 * whether a slow round coincided with a checkpoint or with autovacuum working through the tenants' tables. Null when
 * they cannot be read.
 */
export async function housekeeping(client) {
  if (!client) return null;
  try {
    const { rows } = await client.query(
      `SELECT (SELECT sum(autovacuum_count + autoanalyze_count) FROM pg_stat_all_tables)::bigint AS autovacuum,
              current_setting('server_version_num')::int AS version`,
    );
    const checkpoints = await client.query(
      rows[0].version >= 170000
        ? 'SELECT (num_timed + num_requested)::bigint AS n FROM pg_stat_checkpointer'
        : 'SELECT (checkpoints_timed + checkpoints_req)::bigint AS n FROM pg_stat_bgwriter',
    );
    return { checkpoints: Number(checkpoints.rows[0].n), autovacuum: Number(rows[0].autovacuum) };
  } catch {
    return null;
  }
}

/**
 * `ROUNDS` simultaneous on/off runs of `run(side, durationSeconds)`; resolves the summary `paired` formats.
 * `monitorClient` (optional): the server's checkpoints and autovacuum runs are counted per round.
 */
export async function measurePaired({ tenants, durationSeconds, run, warmup = null, monitorClient = null }) {
  const runs = { on: [], off: [] };
  const rounds = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const before = await housekeeping(monitorClient);
    const [on, off] = await Promise.all([run('on', durationSeconds), run('off', durationSeconds)]);
    const after = await housekeeping(monitorClient);
    runs.on.push(on);
    runs.off.push(off);
    rounds.push(
      before && after
        ? { checkpoints: after.checkpoints - before.checkpoints, autovacuum: after.autovacuum - before.autovacuum }
        : null,
    );
  }
  const total = (rs) => rs.reduce((sum, r) => sum + r.requestsPerSecond, 0);
  const errors = (rs) => rs.reduce((sum, r) => sum + r.non2xx + r.errors, 0);
  const onRps = total(runs.on) / ROUNDS;
  const offRps = total(runs.off) / ROUNDS;
  return {
    tenants,
    onRequestsPerSecond: onRps,
    offRequestsPerSecond: offRps,
    cost: offRps > 0 ? 1 - onRps / offRps : null,
    errors: { on: errors(runs.on), off: errors(runs.off) },
    warmup,
    housekeeping: rounds.every(Boolean) ? rounds : null,
    runs: {
      on: runs.on.map((r) => r.requestsPerSecond),
      off: runs.off.map((r) => r.requestsPerSecond),
      p99Ms: { on: runs.on.map((r) => r.p99Ms), off: runs.off.map((r) => r.p99Ms) },
    },
  };
}

/** `<label> @ N tenants: on … req/s, off … req/s (…), cost X%`. */
export function formatPaired(label, a) {
  const pct = a.cost === null ? 'n/a' : `${(a.cost * 100).toFixed(1)}%`;
  const each = a.runs.on.map((on, i) => `${Math.round(on)}/${Math.round(a.runs.off[i])}`).join(', ');
  return (
    `${label} @ ${a.tenants} tenants: on ${Math.round(a.onRequestsPerSecond)} req/s, ` +
    `off ${Math.round(a.offRequestsPerSecond)} req/s (both loaded at once, ${ROUNDS} rounds, on/off: ${each}), cost ${pct}` +
    (a.warmup
      ? `; after a ${a.warmup.seconds} s warm-up (total req/s by round: ${a.warmup.requestsPerSecond.join(', ')})`
      : '') +
    (a.errors.on + a.errors.off ? `; errors on ${a.errors.on}, off ${a.errors.off}` : '') +
    (a.housekeeping
      ? `; per round, checkpoints ${a.housekeeping.map((h) => h.checkpoints).join('/')}, ` +
        `autovacuum and autoanalyze runs ${a.housekeeping.map((h) => h.autovacuum).join('/')}`
      : '')
  );
}

/** A target check: the cost below `max` with no errors on either side. */
export function pairedCheck(name, max, a) {
  return {
    name: `${name} @ ${a.tenants} tenants`,
    pass: a.cost !== null && a.cost < max && a.errors.on + a.errors.off === 0,
    detail: a.cost === null ? 'no measurement' : `${(a.cost * 100).toFixed(1)}%`,
  };
}
