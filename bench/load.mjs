// One load run, in its own process so the load generator does not share an event loop with the
// harness's pollers. Usage: node bench/load.mjs <config.json>
//
// config: {
//   url: "http://127.0.0.1:PORT", method: "GET" | "POST", path: "/api/tenant/contacts?limit=20",
//   body: null | "contact" | "graphql-contacts", // a fresh JSON contact per request; the GraphQL list query
//   tenantsFile: null | "/tmp/.../tenants.json",   // [{ id, token }]: a random tenant per request
//   durationSeconds, connections, warmupSeconds
// }
// Prints one JSON object with the results to stdout (nothing else goes to stdout).
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

/** The config file named on the command line. */
function readConfig() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node bench/load.mjs <config.json>');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The GraphQL scenario's request: a page of 20 contacts, each with its organization (batched). */
const GRAPHQL_CONTACTS = JSON.stringify({
  query: '{ contacts(limit: 20) { items { id first_name last_name email organization { id name } } next_cursor } }',
});

/** A fresh contact body; the counter keeps emails distinct within this process. */
let counter = 0;
function contactBody() {
  counter += 1;
  return JSON.stringify({
    first_name: 'Load',
    last_name: `Test ${process.pid}-${counter}`,
    email: `load${process.pid}-${counter}@example.com`,
  });
}

/**
 * autocannon's per-request hook: a random tenant (and its token) for each request, and a fresh body for
 * POSTs. Returning the mutated request makes autocannon rebuild it (content-length included).
 */
function makeSetupRequest(config, tenants) {
  return (req) => {
    const headers = { ...req.headers };
    if (tenants.length > 0) {
      const t = tenants[Math.floor(Math.random() * tenants.length)];
      headers['x-tenant-id'] = t.id;
      if (t.token) headers.authorization = `Bearer ${t.token}`;
    }
    if (config.body === 'graphql-contacts' && req.method === 'POST') {
      headers['content-type'] = 'application/json';
      return { ...req, headers, body: GRAPHQL_CONTACTS };
    }
    if (config.body === 'contact') {
      headers['content-type'] = 'application/json';
      return { ...req, headers, body: contactBody() };
    }
    return { ...req, headers };
  };
}

/** The numbers the harness reads; the full autocannon histograms stay here. */
function summarize(result) {
  return {
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    averageMs: result.latency.average,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    // autocannon's `errors` already includes timeouts; they are reported separately too, not added twice.
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodeStats: result.statusCodeStats,
    durationSeconds: result.duration,
  };
}

async function main() {
  const config = readConfig();
  const tenants = config.tenantsFile ? JSON.parse(readFileSync(config.tenantsFile, 'utf8')) : [];
  const opts = {
    url: config.url,
    connections: config.connections,
    duration: config.durationSeconds,
    timeout: 10,
    requests: [{ method: config.method, path: config.path, setupRequest: makeSetupRequest(config, tenants) }],
  };
  if (config.warmupSeconds > 0) opts.warmup = { connections: config.connections, duration: config.warmupSeconds };
  const result = await autocannon(opts);
  process.stdout.write(`${JSON.stringify(summarize(result))}\n`);
}

main().catch((err) => {
  process.stderr.write(`load.mjs failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
