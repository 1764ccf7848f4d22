// Turns the measurements into the printed report (markdown table, provisioning and migration lines,
// PASS/MISS target checks) and the JSON written to bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { percentile, round } from './util.mjs';

/** The targets the run is checked against. */
export const TARGETS = {
  minRatioVsRaw: 0.8,
  maxAppRssMb: 300,
  maxProvisionP50Ms: 50,
  maxMigrateSeconds: 120,
};

/** One row per scenario x tenant count, from the app and raw results of that pair. */
export function makeRow(scenario, tenants, app, raw, peer = null) {
  const ratio = raw.requestsPerSecond > 0 ? app.requestsPerSecond / raw.requestsPerSecond : null;
  return { scenario, tenants, app, raw, ratio, peer };
}

/** autocannon's error count already includes timeouts, so they are not added a second time. */
export const errorCount = (r) => r.non2xx + r.errors;

/** "0.42x (raw 5120 req/s)", plus the raw server's errors when it had any (the ratio is then suspect). */
function vsRawCell(r) {
  if (r.ratio === null) return 'n/a';
  const rawErrors = errorCount(r.raw);
  return `${r.ratio.toFixed(2)}x (raw ${Math.round(r.raw.requestsPerSecond)} req/s${rawErrors ? `, ${rawErrors} errors` : ''})`;
}

/** Requests per CPU-second of the serving Node process alone (PostgreSQL's CPU is not counted), or null. */
export const perCpuSecond = (r) =>
  r && !r.failed && r.targetCpuPercent > 0 ? r.requestsPerSecond / (r.targetCpuPercent / 100) : null;

/**
 * "1015 / 3438 (0.30x)": requests per CPU-second of the app's process and of the raw server's. The fair comparison
 * when the processes use different amounts of CPU (the app's GC and helper threads take it past one core).
 */
function perCpuCell(r) {
  const [app, raw] = [perCpuSecond(r.app), perCpuSecond(r.raw)];
  if (app === null || raw === null) return 'n/a';
  return `${Math.round(app)} / ${Math.round(raw)} (${(app / raw).toFixed(2)}x)`;
}

/** "812 (1423 errors)", "failed", "crashed, 812 (...)" or "-" where the peer has no such route. */
function peerCell(p) {
  if (!p) return '-';
  if (p.failed) return 'failed';
  const errors = errorCount(p);
  return `${p.crashed ? 'crashed, ' : ''}${Math.round(p.requestsPerSecond)}${errors ? ` (${errors} errors)` : ''}`;
}

/** pgbench's tps for the list row, why it has none, or "-". */
function pgbenchCell(p) {
  if (!p) return '-';
  if (p.skipped) return 'skipped';
  if (p.error) return 'failed';
  return String(p.tps);
}

/** The markdown table printed to stdout. */
export function formatTable(rows, poolMax) {
  const header = [
    'scenario',
    'tenants',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'vs raw',
    'req per CPU-s, app / raw',
    'peak PG conns (pool max)',
    'peak RSS MB',
    'peer req/s',
    'pgbench tps',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const r of rows) {
    const cells = [
      r.scenario,
      r.tenants,
      Math.round(r.app.requestsPerSecond),
      r.app.p50Ms,
      r.app.p99Ms,
      errorCount(r.app),
      vsRawCell(r),
      perCpuCell(r),
      `${r.app.peakConnections} (${poolMax})`,
      round(r.app.peakRssMb, 1),
      peerCell(r.peer),
      pgbenchCell(r.pgbench),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Per-tenant provisioning statistics from the measured creations. */
export function provisioningSummary(p) {
  const n = p.latenciesMs.length;
  return {
    tenants: n,
    concurrency: p.concurrency,
    wallSeconds: round(p.wallMs / 1000, 2),
    p50Ms: round(percentile(p.latenciesMs, 50), 1),
    p99Ms: round(percentile(p.latenciesMs, 99), 1),
    maxMs: round(n ? Math.max(...p.latenciesMs) : null, 1),
    tenantsPerSecond: p.wallMs > 0 ? round(n / (p.wallMs / 1000), 1) : null,
  };
}

export function formatProvisioning(s) {
  const how = s.concurrency === 1 ? 'one at a time (sequential)' : `${s.concurrency} in flight`;
  return (
    `provisioning: ${s.tenants} tenants (each with a first admin) via POST /api/tenants, ${how}: ` +
    `${s.wallSeconds} s total, ${s.tenantsPerSecond} tenants/s, p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, max ${s.maxMs} ms per tenant`
  );
}

export function formatMigration(m) {
  if (!m) return 'migration: not run';
  const line =
    `migration: tenant/900_bench_note.sql (ALTER TABLE contacts ADD COLUMN) over ${m.tenantSchemas} tenant schemas ` +
    `with node dist/migrate.js: ${m.wallSeconds} s wall, exit ${m.exitCode}; ` +
    `${m.schemasWithNewColumn}/${m.tenantsInDatabase} schemas have the column`;
  if (m.reportedMigrationsApplied === m.schemasWithNewColumn) return line;
  // migrate.js's own counter can disagree with the catalog; say so rather than hide it.
  return `${line}\nnote: migrate.js printed "${m.reportedMigrationsApplied} tenant migrations" but the catalog shows ${m.schemasWithNewColumn} schemas migrated`;
}

/** One PASS/MISS check. */
function check(name, pass, detail) {
  return { name, pass, detail };
}

/** Every target check, in print order. */
export function evaluateTargets({ rows, poolMax, rssAfterLargestMb, largest, provisioning, migration, mode }) {
  const checks = [];
  for (const r of rows.filter((x) => x.scenario === 'list' || x.scenario === 'create')) {
    const errs = errorCount(r.app);
    const ratio = r.ratio === null ? 'n/a' : `${r.ratio.toFixed(2)}x`;
    checks.push(
      check(
        `${r.scenario} at ${r.tenants} tenants >= ${TARGETS.minRatioVsRaw}x raw with zero errors`,
        r.ratio !== null && r.ratio >= TARGETS.minRatioVsRaw && errs === 0,
        `${ratio} of raw, ${errs} errors`,
      ),
    );
  }
  const peak = Math.max(0, ...rows.map((r) => r.app.peakConnections));
  // The shared pool plus the health check's own connection (readiness must not wait behind a saturated pool);
  // the two LISTEN sessions have their own application_name and are not counted.
  const bound = poolMax + 1;
  checks.push(
    check(
      `app peak PostgreSQL connections <= pool max + 1 health connection (${bound})`,
      peak <= bound,
      `peak ${peak}`,
    ),
  );
  checks.push(
    check(
      `app RSS after serving at ${largest} tenants < ${TARGETS.maxAppRssMb} MB`,
      rssAfterLargestMb !== null && rssAfterLargestMb < TARGETS.maxAppRssMb,
      `${round(rssAfterLargestMb, 1)} MB`,
    ),
  );
  checks.push(
    check(
      `provisioning p50 < ${TARGETS.maxProvisionP50Ms} ms`,
      provisioning.p50Ms !== null && provisioning.p50Ms < TARGETS.maxProvisionP50Ms,
      `p50 ${provisioning.p50Ms} ms over ${provisioning.tenants} tenants`,
    ),
  );
  const note = mode === 'full' && largest === 10000 ? '' : ' (the full-run target is for 10000 schemas)';
  checks.push(
    check(
      `migrate of all ${largest} tenant schemas < ${TARGETS.maxMigrateSeconds} s${note}`,
      migration !== null &&
        migration.exitCode === 0 &&
        migration.schemasWithNewColumn === largest &&
        migration.wallSeconds < TARGETS.maxMigrateSeconds,
      migration ? `${migration.wallSeconds} s, exit ${migration.exitCode}` : 'not run',
    ),
  );
  return checks;
}

export function formatChecks(checks) {
  return checks.map((c) => `${c.pass ? 'PASS' : 'MISS'} ${c.name}: ${c.detail}`).join('\n');
}

/** Writes the JSON results (creating the folder). */
export function writeJson(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
