// Benchmark harness for the multi-tenant backend. See bench/README.md.
//
//   npm run build && node bench/run.mjs --quick      (about 2 minutes)
//   node bench/run.mjs                               (full run: 10, 1000 and 10000 tenants)
//
// Flow: fresh database -> shared migrations -> start the app (node dist/main.js) and the raw ceiling
// (bench/raw-server.mjs) -> for each tenant count: seed up to it through the API, then run every
// scenario against the app and the raw server (load from a separate process, bench/load.mjs) ->
// RSS after the largest count -> stop both -> one extra tenant migration over every schema ->
// report (stdout table + bench/results/latest.json) -> clean up everything it started.
//
// Exit code: 0 when the measurements completed (even if targets are missed), 1 when something broke
// (a server did not start, seeding failed, a load run or the migration failed), 2 for bad flags.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  freePort,
  killAllChildrenNow,
  readRssMb,
  runNode,
  startNode,
  stopAllChildren,
  stopChild,
  waitForStatus,
} from './lib/children.mjs';
import { parseCli, UsageError } from './lib/cli.mjs';
import { serverVersion, setupDatabase, withClient } from './lib/database.mjs';
import { connectMonitor } from './lib/monitor.mjs';
import {
  errorCount,
  evaluateTargets,
  formatChecks,
  formatMigration,
  formatProvisioning,
  formatTable,
  makeRow,
  perCpuSecond,
  provisioningSummary,
  writeJson,
} from './lib/report.mjs';
import { SCENARIOS, runScenario, warmupSeconds } from './lib/scenarios.mjs';
import { auditCostCheck, formatAuditCost, measureAuditCost } from './lib/audit-cost.mjs';
import {
  formatObservabilityCost,
  measureObservabilityCost,
  observabilityCostCheck,
} from './lib/observability-cost.mjs';
import { CONTACTS_PER_TENANT, createSeeder, PROVISION_CONCURRENCY, SEED_CONCURRENCY } from './lib/seed.mjs';
import { log, randomString, round } from './lib/util.mjs';
import { formatAsync, measureJobsAndWebhooks } from './lib/async-bench.mjs';
import { formatPoolProvisioning, measurePoolProvisioning } from './lib/pool-bench.mjs';
import { measurePgbenchList } from './lib/pgbench.mjs';
import { formatBackendMemory, measureBackendMemory } from './lib/backend-memory.mjs';
import { formatRecycling, measureRecycling } from './lib/recycling-cost.mjs';
import { formatAffinity, measureAffinity } from './lib/affinity-cost.mjs';
import { formatProfile, inspectorEnv, profileDuring, summarizeProfile } from './lib/cpu-profile.mjs';
import { formatWorkers, measureWorkers } from './lib/workers-cost.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const APP_SCRIPT = join(ROOT, 'dist/main.js');
const MIGRATE_SCRIPT = join(ROOT, 'dist/migrate.js');
const RAW_SCRIPT = join(ROOT, 'bench/raw-server.mjs');
const PEER_SCRIPT = join(ROOT, 'bench/peer-server.mjs');
const MIGRATIONS_SRC = join(ROOT, 'migrations');
const RESULTS_FILE = join(ROOT, 'bench/results/latest.json');

/** The app's DATABASE_POOL_MAX, also the raw server's pool size. */
const POOL_MAX = 10;
const APP_START_TIMEOUT_MS = 60_000;
const PAUSE_BETWEEN_RUNS_MS = 300;

// ---------------------------------------------------------------------------------------------
// Cleanup: every resource registers how to release itself; it runs once, newest first, on the
// normal end, on an error, on SIGINT/SIGTERM and when the watchdog fires.
// ---------------------------------------------------------------------------------------------

const cleanups = [];
let cleaning = null;
/** Set once a signal or the watchdog ends the run, so the errors it causes are not reported as failures. */
let abortReason = null;

function onCleanup(name, fn) {
  cleanups.push({ name, fn });
}

function cleanupAll() {
  cleaning ??= (async () => {
    await stopAllChildren(5000).catch(() => undefined);
    while (cleanups.length > 0) {
      const { name, fn } = cleanups.pop();
      try {
        await fn();
      } catch (err) {
        log(`cleanup "${name}" failed: ${err.message}`);
      }
    }
  })();
  return cleaning;
}

/** Cleans up (bounded by a hard 30 s limit) and exits with `code`. */
function abort(reason, code) {
  abortReason = reason;
  log(`${reason}: cleaning up`);
  setTimeout(() => process.exit(code), 30_000).unref();
  cleanupAll().finally(() => process.exit(code));
}

function installSafetyNets(maxRunMs) {
  let signalled = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (signalled) process.exit(130); // a second Ctrl-C: leave now
      signalled = true;
      abort(`received ${signal}`, 130);
    });
  }
  // The last resort on any exit: no child outlives the harness.
  process.on('exit', () => killAllChildrenNow());
  // The whole run is bounded in time, whatever happens inside it.
  setTimeout(() => abort(`watchdog: the run exceeded ${Math.round(maxRunMs / 60000)} minutes`, 1), maxRunMs).unref();
}

// ---------------------------------------------------------------------------------------------
// Processes under test
// ---------------------------------------------------------------------------------------------

/** The environment of the app and of `node dist/migrate.js`. */
function appEnv(databaseUrl, secrets) {
  const unlimited = '100000000';
  return {
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production', // no migrations at start-up: dist/migrate.js runs first
    JWT_SECRET: secrets.jwtSecret,
    ADMIN_API_KEY: secrets.apiKey,
    // As in production: a JSON access line per request (the issue's figures include logs and metrics).
    LOG_LEVEL: 'log',
    LOG_FORMAT: 'json',
    DATABASE_POOL_MAX: String(POOL_MAX),
    RATE_LIMIT_TENANT_PER_MINUTE: unlimited,
    RATE_LIMIT_IP_PER_MINUTE: unlimited,
    RATE_LIMIT_AUTH_PER_IP_PER_MINUTE: unlimited,
    RATE_LIMIT_AUTH_PER_EMAIL_IP_PER_MINUTE: unlimited,
    RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE: unlimited,
    // Seeding speed only: the first admin of every tenant is hashed with argon2id at this cost.
    PASSWORD_HASH_MEMORY_KIB: '1024',
    PASSWORD_HASH_TIME_COST: '1',
    // Production waits 5 s with readiness failing before closing; nothing routes traffic here.
    SHUTDOWN_DELAY_MS: '0',
    // The jobs-and-webhooks measurement delivers to a receiver of its own on 127.0.0.1.
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    // Measured as configured; a second app with AUDIT_LOG=off gives the audit log's cost (lib/audit-cost.mjs).
    AUDIT_LOG: 'on',
    // Metrics on (as in production), each app on a free port of its own; lib/observability-cost.mjs measures what
    // metrics cost (apps with and without, both writing JSON access logs) and what the access logs cost.
    METRICS: 'on',
    METRICS_PORT: '0',
  };
}

/** Applies the shared (and any tenant) migrations once, before the app starts. */
async function migrateShared(env, workDir) {
  const result = await runNode('migrate', MIGRATE_SCRIPT, [], env, workDir, 120_000);
  if (result.code !== 0) throw new Error(`node dist/migrate.js exited ${result.code}:\n${result.output}`);
  log(`shared schema migrated in ${(result.ms / 1000).toFixed(1)} s`);
}

/** Starts `node dist/main.js` on a free port and waits for /health/ready = 200. */
async function startApp(env, workDir, name = 'app') {
  const port = await freePort();
  const handle = startNode(name, APP_SCRIPT, [], { ...env, PORT: String(port) }, workDir);
  const url = `http://127.0.0.1:${port}`;
  await waitForStatus(handle, `${url}/health/ready`, 200, APP_START_TIMEOUT_MS);
  log(`app ready on ${url} (pid ${handle.pid})`);
  return { kind: 'app', url, pid: handle.pid, handle, applicationName: 'multi-tenant-backend' };
}

/** Starts bench/raw-server.mjs on a free port and waits for /health = 200. */
async function startRaw(databaseUrl, workDir) {
  const port = await freePort();
  const env = { PORT: String(port), DATABASE_URL: databaseUrl, POOL_MAX: String(POOL_MAX) };
  const handle = startNode('raw server', RAW_SCRIPT, [], env, workDir);
  const url = `http://127.0.0.1:${port}`;
  await waitForStatus(handle, `${url}/health`, 200, 20_000);
  log(`raw server ready on ${url} (pid ${handle.pid})`);
  return { kind: 'raw', url, pid: handle.pid, handle, applicationName: 'bench-raw' };
}

/** Starts bench/peer-server.mjs (the Express guide's design) on a free port and waits for /health = 200. */
async function startPeer(databaseUrl, workDir) {
  const port = await freePort();
  const handle = startNode('peer server', PEER_SCRIPT, [], { PORT: String(port), DATABASE_URL: databaseUrl }, workDir);
  const url = `http://127.0.0.1:${port}`;
  await waitForStatus(handle, `${url}/health`, 200, 20_000);
  log(`peer server ready on ${url} (pid ${handle.pid})`);
  return { kind: 'peer', url, pid: handle.pid, handle, applicationName: 'bench-peer' };
}

function assertAlive(target) {
  if (target.handle.exitCode !== null) {
    throw new Error(`${target.handle.name} exited (${target.handle.exitCode}):\n${target.handle.output()}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------------

/** One scenario run against one target (the load generator's summary plus the monitor's peaks). */
function loadRun(ctx, scenario, target) {
  return runScenario({
    scenario,
    target,
    tenantsFile: ctx.tenantsFile,
    durationSeconds: ctx.opts.durationSeconds,
    connections: ctx.opts.connections,
    workDir: ctx.workDir,
    monitorClient: ctx.monitorClient,
  });
}

/**
 * The peer's run, on a fresh peer process stopped right after: its per-tenant pools keep up to 10 connections per
 * tenant for 10 s, which would crowd out pgbench and the app's next runs. Its failures are results, not harness
 * errors: a crash during the run is recorded, a peer that cannot start or a load run that fails is reported as such.
 */
async function peerRun(ctx, scenario, tenantCount) {
  let peer;
  try {
    peer = await startPeer(ctx.databaseUrl, ctx.workDir);
    const result = await loadRun(ctx, scenario, peer);
    const crashed = peer.handle.exitCode !== null;
    if (crashed) {
      ctx.peerCrashes.push({ tenants: tenantCount, scenario: scenario.name, exit: peer.handle.exitCode });
      log(`peer server exited (${peer.handle.exitCode}) during ${scenario.name}:\n${peer.handle.output()}`);
    }
    return { ...result, crashed };
  } catch (err) {
    return { failed: err.message, requestsPerSecond: 0, non2xx: 0, errors: 0 };
  } finally {
    if (peer) await stopChild(peer.handle);
  }
}

/**
 * One scenario against the app, then the raw server, then the peer where it has the route; at the largest count the
 * memory of the app's PostgreSQL backends right after its run (before the pool's 10 s idle timeout can close any).
 * Returns the table row.
 */
async function measureScenario(ctx, scenario, tenantCount) {
  const results = {};
  for (const target of [ctx.app, ctx.raw]) {
    assertAlive(target);
    results[target.kind] = await loadRun(ctx, scenario, target);
    if (target === ctx.app && scenario.tenant && tenantCount === ctx.opts.tenantCounts.at(-1)) {
      results.app.backendMemory = await measureBackendMemory(ctx.monitorClient, ctx.app.applicationName, ctx.app.pid);
    }
    await new Promise((r) => setTimeout(r, PAUSE_BETWEEN_RUNS_MS));
  }
  // pgbench before the peer, whose connections linger until it is stopped.
  const pgbench = scenario.name === 'list' ? await pgbenchList(ctx) : undefined;
  if (scenario.peer) {
    results.peer = await peerRun(ctx, scenario, tenantCount);
    await new Promise((r) => setTimeout(r, PAUSE_BETWEEN_RUNS_MS));
  }
  const row = makeRow(scenario.name, tenantCount, results.app, results.raw, results.peer);
  if (pgbench) row.pgbench = pgbench;
  const brief = (r) =>
    r.failed
      ? `failed (${r.failed.split('\n')[0]})`
      : `${Math.round(r.requestsPerSecond)} req/s (p99 ${r.p99Ms} ms, ${errorCount(r)} errors, ` +
        `CPU ${Math.round(r.targetCpuPercent ?? 0)}% + postgres ${Math.round(r.postgresCpuPercent ?? 0)}%)`;
  const peer = row.peer ? `, peer ${brief(row.peer)}` : '';
  const bench = row.pgbench ? `, pgbench ${row.pgbench.tps ?? row.pgbench.skipped ?? row.pgbench.error} tps` : '';
  log(`${scenario.name} @ ${tenantCount} tenants: app ${brief(row.app)}, raw ${brief(row.raw)}${peer}${bench}`);
  return row;
}

/** pgbench's tps for the list statement over the current tenants, with the pool's size in clients. */
async function pgbenchList(ctx) {
  try {
    return await measurePgbenchList({
      databaseUrl: ctx.databaseUrl,
      tenantIds: ctx.seeder.tenants.map((t) => t.id),
      clients: POOL_MAX,
      durationSeconds: ctx.opts.durationSeconds,
      workDir: ctx.workDir,
    });
  } catch (err) {
    return { error: err.message };
  }
}

/** `, with shared_buffers=1GB, …` when --pg-settings set any (they apply to the embedded server only). */
const pgSettingsNote = (settings) =>
  Object.keys(settings).length
    ? `, with ${Object.entries(settings)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`
    : '';

/** Seeds up to every tenant count in turn and runs all scenarios at each. */
async function measureAllCounts(ctx) {
  const rows = [];
  for (const count of ctx.opts.tenantCounts) {
    log(`=== ${count} tenants: seeding ===`);
    try {
      await ctx.seeder.seedUpTo(count);
    } catch (err) {
      assertAlive(ctx.app); // a crashed app explains a failed request better than "fetch failed"
      throw new Error(`seeding failed: ${err.message}`, { cause: err });
    }
    writeFileSync(ctx.tenantsFile, JSON.stringify(ctx.seeder.tokensFile()));
    log(
      `=== ${count} tenants: load runs (${ctx.opts.durationSeconds} s each, ${ctx.opts.connections} connections) ===`,
    );
    for (const scenario of SCENARIOS) rows.push(await measureScenario(ctx, scenario, count));
    if (ctx.opts.profile) await profileApp(ctx, count);
    ctx.auditCost.push(
      await measureAuditCost({
        ctx,
        tenants: count,
        start: (auditLog) => startApp({ ...ctx.env, AUDIT_LOG: auditLog }, ctx.workDir, `app (AUDIT_LOG=${auditLog})`),
        stop: (target) => stopChild(target.handle),
      }),
    );
    log(formatAuditCost(ctx.auditCost.at(-1)));
    // Fresh app processes for the cost pairs: the settings they differ in on top of the run's.
    const apps = {
      start: (env, name) => startApp({ ...ctx.env, ...env }, ctx.workDir, name),
      stop: (target) => stopChild(target.handle),
    };
    ctx.observabilityCost.push(await measureObservabilityCost({ ctx, tenants: count, ...apps }));
    log(formatObservabilityCost(ctx.observabilityCost.at(-1)));
    const workers = await measureWorkers({ ctx, tenants: count, ...apps }).catch((err) => ({
      tenants: count,
      skipped: `failed: ${err.message}`,
    }));
    workers.raw = Object.fromEntries(
      rows
        .filter((r) => r.tenants === count && r.raw && !r.raw.failed)
        .map((r) => [r.scenario, { requestsPerSecond: r.raw.requestsPerSecond, perCpu: perCpuSecond(r.raw) }]),
    );
    ctx.workers.push(workers);
    log(formatWorkers(workers, workers.raw));
    if (count === ctx.opts.tenantCounts.at(-1)) {
      const failed = (err) => ({ error: err.message });
      ctx.recycling = await measureRecycling({ ctx, tenants: count, ...apps }).catch(failed);
      log(formatRecycling(ctx.recycling));
      ctx.affinity = await measureAffinity({ ctx, tenants: count, ...apps }).catch(failed);
      log(formatAffinity(ctx.affinity));
    }
  }
  return rows;
}

/**
 * `--profile`: a fresh app process with the inspector open (the app under test never has it: a profiled process is
 * not the one whose throughput the other runs measure), warmed by an unmeasured list run, then a list, a GraphQL list and a create
 * run with its CPU profiled, grouped by library.
 */
async function profileApp(ctx, tenants) {
  const port = await freePort();
  const target = await startApp({ ...ctx.env, ...inspectorEnv(port) }, ctx.workDir, 'app (profiled)');
  try {
    await loadRun(
      ctx,
      SCENARIOS.find((s) => s.name === 'list'),
      target,
    );
    for (const name of ['list', 'graphql-list', 'create']) {
      const scenario = SCENARIOS.find((s) => s.name === name);
      let summary;
      try {
        const { result, profile } = await profileDuring(port, () => loadRun(ctx, scenario, target));
        summary = { ...summarizeProfile(profile), requestsPerSecond: Math.round(result.requestsPerSecond) };
        // The whole profile too, for Chrome DevTools or a closer look (bench/results/ is not committed).
        writeJson(join(dirname(RESULTS_FILE), `profile-${name}-${tenants}.cpuprofile`), profile);
      } catch (err) {
        summary = { error: err.message };
      }
      ctx.profiles.push({ scenario: name, tenants, ...summary });
      log(formatProfile(`${name} @ ${tenants} tenants`, summary));
    }
  } finally {
    await stopChild(target.handle);
  }
}

/**
 * Copies migrations/ to a temp folder, adds tenant/900_bench_note.sql and runs `node dist/migrate.js`
 * on it: the time an ordinary tenant migration takes across every schema.
 */
async function measureMigration(env, databaseUrl, workDir, timeoutMs) {
  const dir = join(workDir, 'migrations');
  cpSync(MIGRATIONS_SRC, dir, { recursive: true });
  writeFileSync(join(dir, 'tenant', '900_bench_note.sql'), 'ALTER TABLE contacts ADD COLUMN bench_note text;\n');
  log('running node dist/migrate.js with tenant/900_bench_note.sql');
  const result = await runNode('migrate', MIGRATE_SCRIPT, [], { ...env, MIGRATIONS_DIR: dir }, workDir, timeoutMs);
  const summary = /(\d+) tenant migrations across (\d+) tenant schemas/.exec(result.stdout);
  return {
    exitCode: result.code,
    wallSeconds: round(result.ms / 1000, 2),
    // What migrate.js printed ...
    tenantSchemas: summary ? Number(summary[2]) : null,
    reportedMigrationsApplied: summary ? Number(summary[1]) : null,
    // ... and what the database says, counted independently.
    ...(await verifyMigration(databaseUrl)),
    concurrency: 4, // MIGRATE_CONCURRENCY default, capped by DATABASE_POOL_MAX
    outputTail: result.output.split('\n').slice(-3),
  };
}

/** Counts tenants, and tenant schemas whose contacts table now has bench_note, straight from the catalog. */
async function verifyMigration(databaseUrl) {
  return withClient(databaseUrl, async (c) => {
    const tenants = await c.query('SELECT count(*)::int AS n FROM public.tenants');
    const migrated = await c.query(
      `SELECT count(*)::int AS n FROM pg_attribute a
         JOIN pg_class t ON t.oid = a.attrelid JOIN pg_namespace s ON s.oid = t.relnamespace
        WHERE t.relname = 'contacts' AND a.attname = 'bench_note' AND NOT a.attisdropped
          AND s.nspname LIKE 'tenant\\_%'`,
    );
    return { tenantsInDatabase: tenants.rows[0].n, schemasWithNewColumn: migrated.rows[0].n };
  });
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

async function machineInfo(databaseUrl) {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    postgres: await serverVersion(databaseUrl),
  };
}

/** Prints the report to stdout and writes the JSON; returns the target checks. */
function report(ctx, data) {
  const { rows, provisioning, migration, rssAfterLargestMb, async: asyncResult } = data;
  const largest = ctx.opts.tenantCounts.at(-1);
  const checks = evaluateTargets({
    rows,
    poolMax: POOL_MAX,
    rssAfterLargestMb,
    largest,
    provisioning,
    migration,
    mode: ctx.opts.mode,
  });
  checks.push(...ctx.auditCost.map(auditCostCheck));
  checks.push(...ctx.observabilityCost.map(observabilityCostCheck));
  const out = [
    '',
    `## Benchmark (${ctx.opts.mode} mode; flags: ${ctx.opts.raw.length ? ctx.opts.raw.join(' ') : 'none'})`,
    '',
    `machine: ${ctx.machine.cpus} CPUs (${ctx.machine.cpuModel}), ${ctx.machine.totalMemoryMb} MB, Node ${ctx.machine.node}, ` +
      `PostgreSQL ${ctx.machine.postgres} (${ctx.embedded ? `embedded${pgSettingsNote(ctx.opts.pgSettings)}` : 'DATABASE_URL server'}); load, app, raw server and PostgreSQL share the CPUs`,
    `load: autocannon in a separate process, ${ctx.opts.connections} connections, ${ctx.opts.durationSeconds} s per run ` +
      `after a ${warmupSeconds(ctx.opts.durationSeconds)} s warm-up, a random tenant per request; pool max ${POOL_MAX} (app and raw)`,
    `seeding: through the API, ${CONTACTS_PER_TENANT} contacts per tenant (${SEED_CONCURRENCY} in flight); tokens signed by the ` +
      `harness with JWT_SECRET (no logins); PASSWORD_HASH_MEMORY_KIB=1024 and PASSWORD_HASH_TIME_COST=1 for seeding speed only`,
    '',
    formatTable(rows, POOL_MAX),
    '',
    `peer: bench/peer-server.mjs, Express + helmet + cors + morgan('combined') to stdout + express.json, a pg.Pool (max 10) ` +
      `per tenant with SET search_path on connect; errors are 500s, counted. pgbench: the raw list statement, ` +
      `-M prepared, ${POOL_MAX} clients, one script per tenant (at most 100), tps without connection time` +
      (ctx.peerCrashes.length ? `; the peer crashed in ${ctx.peerCrashes.length} runs` : '') +
      pgbenchNote(rows),
    `app's PostgreSQL backends after its ${largestMemory(rows, largest).scenario} run at ${largest} tenants: ` +
      formatBackendMemory(largestMemory(rows, largest).memory),
    formatRecycling(ctx.recycling),
    formatAffinity(ctx.affinity),
    '',
    ...ctx.auditCost.map(formatAuditCost),
    ...ctx.observabilityCost.map(formatObservabilityCost),
    ...ctx.workers.map((w) => formatWorkers(w, w.raw)),
    ...ctx.profiles.map(
      (p) => `\n${formatProfile(`${p.scenario} @ ${p.tenants} tenants (${p.requestsPerSecond} req/s)`, p)}\n`,
    ),
    formatProvisioning(provisioning),
    formatMigration(migration),
    `app RSS after serving at ${largest} tenants: ${round(rssAfterLargestMb, 1)} MB`,
    formatAsync(asyncResult),
    '',
    formatChecks(checks),
    '',
    `total run time ${((Date.now() - ctx.startedAt) / 1000).toFixed(0)} s; JSON in ${RESULTS_FILE}`,
    '',
  ];
  process.stdout.write(out.join('\n'));
  const rawErrors = rows.filter((r) => errorCount(r.raw) > 0);
  for (const r of rawErrors)
    log(`note: the raw server had ${errorCount(r.raw)} errors in ${r.scenario} @ ${r.tenants}`);
  writeJson(RESULTS_FILE, resultsJson(ctx, data, checks));
  return checks;
}

/** Why pgbench has no figures, when it has none. */
function pgbenchNote(rows) {
  const p = rows.find((r) => r.pgbench && (r.pgbench.skipped || r.pgbench.error))?.pgbench;
  if (!p) return '';
  return p.skipped ? `; ${p.skipped}` : `; pgbench failed: ${p.error.split('\n')[0]}`;
}

/** The app's backend memory read after the last tenant-scoped scenario at the largest count. */
function largestMemory(rows, largest) {
  const row = rows.filter((r) => r.tenants === largest && r.app.backendMemory).at(-1);
  return { scenario: row?.scenario ?? 'last', memory: row?.app.backendMemory ?? null };
}

/** One target's run for the JSON, with rounded derived figures. */
function runJson(run) {
  if (!run || run.failed) return run ?? null;
  return {
    ...run,
    errorsTotal: errorCount(run),
    requestsPerCpuSecond: round(perCpuSecond(run), 0),
    peakRssMb: round(run.peakRssMb, 1),
    targetCpuPercent: round(run.targetCpuPercent, 0),
    postgresCpuPercent: round(run.postgresCpuPercent, 0),
  };
}

function resultsJson(ctx, data, checks) {
  return {
    startedAt: new Date(ctx.startedAt).toISOString(),
    finishedAt: new Date().toISOString(),
    runSeconds: round((Date.now() - ctx.startedAt) / 1000, 1),
    machine: ctx.machine,
    flags: { argv: ctx.opts.raw, ...ctx.opts, raw: undefined },
    config: {
      poolMax: POOL_MAX,
      database: ctx.embedded ? 'embedded' : 'DATABASE_URL',
      warmupSeconds: warmupSeconds(ctx.opts.durationSeconds),
      contactsPerTenant: CONTACTS_PER_TENANT,
      seedConcurrency: SEED_CONCURRENCY,
      provisionConcurrency: PROVISION_CONCURRENCY,
      tokens: 'signed by the harness (HS256, issuer/audience of the app, 1 h), re-signed before each tenant count',
      passwordHashing: 'PASSWORD_HASH_MEMORY_KIB=1024, PASSWORD_HASH_TIME_COST=1 (seeding speed only)',
      errorsCounted: 'non2xx + autocannon errors (which include timeouts)',
      backendMemory:
        'smaps_rollup of each PostgreSQL backend serving the app process (application_name and client port): Pss, ' +
        'Pss_Anon (private heap, where catalog caches live) and Private_Clean+Private_Dirty, in MB',
      cpuPercent:
        'percent of one core during the run (warm-up included): the target process, and all local processes named postgres',
    },
    scenarios: data.rows.map((r) => ({
      scenario: r.scenario,
      tenants: r.tenants,
      ratioVsRaw: round(r.ratio, 3),
      app: runJson(r.app),
      raw: runJson(r.raw),
      peer: runJson(r.peer),
      pgbench: r.pgbench ?? null,
    })),
    peerCrashes: ctx.peerCrashes,
    appBackendMemoryAfterLargest: largestMemory(data.rows, ctx.opts.tenantCounts.at(-1)),
    recycling: ctx.recycling ?? null,
    affinity: ctx.affinity ?? null,
    auditCost: ctx.auditCost,
    observabilityCost: ctx.observabilityCost,
    workers: ctx.workers,
    cpuProfiles: ctx.profiles,
    provisioning: data.provisioning,
    migration: data.migration,
    appRssAfterLargestMb: round(data.rssAfterLargestMb, 1),
    jobsAndWebhooks: data.async ?? null,
    targets: checks,
    error: data.error ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function run(opts) {
  const ctx = {
    opts,
    startedAt: Date.now(),
    auditCost: [],
    observabilityCost: [],
    workers: [],
    peerCrashes: [],
    profiles: [],
  };
  ctx.workDir = mkdtempSync(join(os.tmpdir(), 'mtb-bench-'));
  onCleanup('remove temp folder', () => rmSync(ctx.workDir, { recursive: true, force: true }));
  ctx.tenantsFile = join(ctx.workDir, 'tenants.json');

  const db = await setupDatabase(ctx.workDir, ctx.opts.pgSettings);
  onCleanup('database', () => db.teardown());
  ctx.embedded = db.embedded;
  ctx.databaseUrl = db.url;
  ctx.machine = await machineInfo(db.url);
  const secrets = { jwtSecret: randomString(48), apiKey: randomString(48) };
  const env = appEnv(db.url, secrets);
  ctx.env = env;

  await migrateShared(env, ctx.workDir);
  ctx.app = await startApp(env, ctx.workDir);
  ctx.raw = await startRaw(db.url, ctx.workDir);
  ctx.monitorClient = await connectMonitor(db.url);
  onCleanup('monitor connection', () => ctx.monitorClient.end());
  ctx.seeder = createSeeder({
    baseUrl: ctx.app.url,
    apiKey: secrets.apiKey,
    jwtSecret: secrets.jwtSecret,
    runId: Date.now().toString(36),
    provisionCount: opts.provisionCount,
  });

  const rows = await measureAllCounts(ctx);
  const rssAfterLargestMb = readRssMb(ctx.app.pid);
  const asyncResult = await measureJobsAndWebhooks({
    baseUrl: ctx.app.url,
    databaseUrl: db.url,
    tenant: ctx.seeder.tenants[0],
    jwtSecret: secrets.jwtSecret,
    jobs: opts.mode === 'quick' ? 1000 : 5000,
    events: opts.mode === 'quick' ? 50 : 200,
  }).catch((err) => ({ error: err.message }));
  // The migration gets the machine to itself.
  await stopChild(ctx.app.handle);
  await stopChild(ctx.raw.handle);
  const largest = opts.tenantCounts.at(-1);
  const migration = await measureMigration(env, db.url, ctx.workDir, 600_000 + largest * 100);
  // After the migration measurement, which counts the tenants: these sign-ups add as many.
  const poolProvisioning = await measurePoolProvisioning({
    script: APP_SCRIPT,
    env,
    databaseUrl: db.url,
    apiKey: secrets.apiKey,
    workDir: ctx.workDir,
    count: opts.provisionCount,
  }).catch((err) => ({ error: err.message }));
  const provisioning = provisioningSummary(ctx.seeder.provisioning);
  report(ctx, { rows, provisioning, migration, rssAfterLargestMb, async: asyncResult });
  log(formatPoolProvisioning(poolProvisioning));
  if (migration.exitCode !== 0)
    throw new Error(`the migration exited ${migration.exitCode}:\n${migration.outputTail.join('\n')}`);
  if (migration.tenantsInDatabase !== largest || migration.schemasWithNewColumn !== largest) {
    throw new Error(
      `after the migration ${migration.schemasWithNewColumn} of ${migration.tenantsInDatabase} tenant schemas have ` +
        `contacts.bench_note; expected ${largest} of ${largest}`,
    );
  }
}

async function main() {
  let opts;
  try {
    opts = parseCli(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stdout.write(`${opts.help}\n`);
    return;
  }
  // Generous bound on the whole run: 15 minutes, 10 more per tenant count (its cost pairs and the APP_WORKERS runs
  // each start and warm fresh apps), and half a second per tenant of the largest count.
  installSafetyNets((15 + 10 * opts.tenantCounts.length) * 60_000 + opts.tenantCounts.at(-1) * 500);
  log(
    `mode ${opts.mode}: tenants ${opts.tenantCounts.join(', ')}, ${opts.durationSeconds} s per run, ${opts.connections} connections`,
  );
  let code = 0;
  try {
    await run(opts);
  } catch (err) {
    if (abortReason) return; // abort() is already cleaning up and will exit
    process.stderr.write(`\nbench failed: ${err.stack ?? err.message}\n`);
    code = 1;
  }
  await cleanupAll();
  log(code === 0 ? 'done' : 'failed');
  process.exit(code);
}

main();
