// The load scenarios, each run against the app and against the raw server, and the function that runs
// one of them: write a config file, spawn bench/load.mjs (a second process), sample PostgreSQL
// connections and RSS while it runs, and parse the JSON it prints.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runNode } from './children.mjs';
import { startMonitor } from './monitor.mjs';

const LOAD_SCRIPT = resolve(import.meta.dirname, '../load.mjs');

/**
 * Each scenario names the request on both targets, and on the peer server (bench/peer-server.mjs) for the two it
 * serves. `tenant: true` sends a random tenant's
 * x-tenant-id (and, to the app, its bearer token) per request.
 */
export const SCENARIOS = [
  {
    name: 'list',
    describe: 'tenant-scoped list of 20 contacts',
    app: { method: 'GET', path: '/api/tenant/contacts?limit=20' },
    raw: { method: 'GET', path: '/contacts?limit=20' },
    peer: { method: 'GET', path: '/contacts?limit=20' },
    body: null,
    tenant: true,
  },
  {
    name: 'graphql-list',
    describe: 'the same 20 contacts over GraphQL, each with its organization (one batched query); raw: the REST list',
    app: { method: 'POST', path: '/api/tenant/graphql' },
    raw: { method: 'GET', path: '/contacts?limit=20' },
    body: 'graphql-contacts',
    tenant: true,
  },
  {
    name: 'create',
    describe: 'tenant-scoped create of one contact',
    app: { method: 'POST', path: '/api/tenant/contacts' },
    raw: { method: 'POST', path: '/contacts' },
    peer: { method: 'POST', path: '/contacts' },
    body: 'contact',
    tenant: true,
  },
  {
    name: 'health',
    describe: 'GET /health (app pings the database; raw does not)',
    app: { method: 'GET', path: '/health' },
    raw: { method: 'GET', path: '/health' },
    body: null,
    tenant: false,
  },
];

/** Warm-up before every measured run, so JIT and pooled connections are hot; not counted. */
export function warmupSeconds(durationSeconds) {
  return durationSeconds >= 10 ? 2 : 1;
}

/**
 * Runs one scenario against one target. `target` is { kind: 'app'|'raw'|'peer', url, pid, applicationName }.
 * Resolves the load.mjs summary plus { peakConnections, peakRssMb }; throws if load.mjs fails.
 */
export async function runScenario({
  scenario,
  target,
  tenantsFile,
  durationSeconds,
  connections,
  workDir,
  monitorClient,
}) {
  const request = scenario[target.kind];
  const config = {
    url: target.url,
    method: request.method,
    path: request.path,
    body: scenario.body,
    tenantsFile: scenario.tenant ? tenantsFile : null,
    durationSeconds,
    connections,
    warmupSeconds: warmupSeconds(durationSeconds),
  };
  const configFile = join(workDir, `load-${scenario.name}-${target.kind}.json`);
  writeFileSync(configFile, JSON.stringify(config));
  const monitor = startMonitor(monitorClient, target.applicationName, target.pid);
  const timeoutMs = (durationSeconds + config.warmupSeconds + 30) * 1000;
  let result;
  try {
    result = await runNode(`load ${scenario.name}/${target.kind}`, LOAD_SCRIPT, [configFile], {}, workDir, timeoutMs);
  } catch (err) {
    await monitor.stop();
    throw err;
  }
  const peaks = await monitor.stop();
  if (result.code !== 0)
    throw new Error(`load.mjs (${scenario.name} on ${target.kind}) exited ${result.code}:\n${result.output}`);
  const line = result.stdout.trim().split('\n').pop();
  return { ...JSON.parse(line), ...peaks };
}
