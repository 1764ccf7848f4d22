// A feature's cost measured in the same run: an app with it on and one with it off, loaded at the same time with
// half the connections each, so whatever else the machine is doing hits both alike. Shared by audit-cost.mjs and
// observability-cost.mjs.

// Five: single 5 s rounds varied by more than ±10 points on this machine, three were not enough to read a 5% target.
export const ROUNDS = 5;

/**
 * Seconds of unmeasured load for a fresh app before its paired rounds: 5 s (JIT, tenant cache), longer with many
 * tenants (a fiftieth of the count, at most 30 s), until most of its backends have served their tenants once (a
 * backend's first statement for a tenant loads that tenant's catalog; an audited write also compiles its trigger).
 */
export const pairedWarmupSeconds = (tenants, durationSeconds) =>
  Math.min(30, Math.max(Math.min(5, durationSeconds), Math.round(tenants / 50)));

/** `ROUNDS` simultaneous on/off runs of `run(side, durationSeconds)`; resolves the summary `paired` formats. */
export async function measurePaired({ tenants, durationSeconds, run }) {
  const runs = { on: [], off: [] };
  for (let i = 0; i < ROUNDS; i += 1) {
    const [on, off] = await Promise.all([run('on', durationSeconds), run('off', durationSeconds)]);
    runs.on.push(on);
    runs.off.push(off);
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
    (a.errors.on + a.errors.off ? `; errors on ${a.errors.on}, off ${a.errors.off}` : '')
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
