// Experiment 8: two (or more) builds of the app side by side, to measure one change before it is kept. Each build
// is a checkout with `dist/` built and `node_modules/` present (a clone at another commit, `npx nest build`). They
// run together on one scratch database with the same tenant and 20 contacts, configured as the benchmark runs the
// app (production logs and metrics, auth, rate limits and audit on), and take the signed-in list request in
// interleaved rounds (lib/http-compare.mjs): the first build is the baseline of every ratio.
//
//   APP_BUILDS=<build dir>,<build dir>[,...] node bench/experiments/app-builds.mjs [--rounds=6] [--seconds=5] [--connections=50]
//
// APP_BUILDS_PATH=<path>: another GET request than the REST list, e.g. the GraphQL list (`/api/tenant/graphql?query=`
// and the URL-encoded query of bench/load.mjs).
// APP_BUILDS_PROFILE=<dir>: each build also writes a V8 CPU profile of its whole run into <dir> (--cpu-prof).
//
// Database: a scratch database (lib/scratch-database.mjs: DATABASE_URL's server, else an embedded PostgreSQL),
// migrated by the first build's dist/migrate.js; dropped at the end.
import { spawn } from 'node:child_process';
import { createSecretKey, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import jwt from 'jsonwebtoken';
import {
  LIB_DIR,
  freePort,
  httpExperimentFlags,
  installWatchdog,
  log,
  machineLine,
  startServerChild,
  stopAllChildren,
} from './lib/common.mjs';
import { compareVariants, ratioTable, resultTable } from './lib/http-compare.mjs';
import { openScratchDatabase } from './lib/scratch-database.mjs';

const flags = httpExperimentFlags();
const PATH = process.env.APP_BUILDS_PATH ?? '/api/tenant/contacts?limit=20';
const profileDir = process.env.APP_BUILDS_PROFILE;
const profileArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profileDir)}`] : [];
const builds = (process.env.APP_BUILDS ?? '')
  .split(',')
  .filter(Boolean)
  .map((dir) => resolve(dir));

function appEnv(databaseUrl, secrets) {
  const unlimited = '100000000';
  return {
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: secrets.jwtSecret,
    ADMIN_API_KEY: secrets.apiKey,
    LOG_LEVEL: 'log',
    LOG_FORMAT: 'json',
    METRICS: 'on',
    METRICS_PORT: '0',
    AUDIT_LOG: 'on',
    SHUTDOWN_DELAY_MS: '0',
    PASSWORD_HASH_MEMORY_KIB: '1024',
    PASSWORD_HASH_TIME_COST: '1',
    RATE_LIMIT_TENANT_PER_MINUTE: unlimited,
    RATE_LIMIT_IP_PER_MINUTE: unlimited,
  };
}

function migrate(build, env) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(build, 'dist', 'migrate.js')], {
      cwd: build,
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (d) => (errors += d));
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`migrate exited ${code}: ${errors}`))));
  });
}

async function post(url, path, headers, body) {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const json = await res.json();
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json.data;
}

/** A tenant with 20 contacts, created through the first build; headers that list them as its admin. */
async function seed(url, secrets) {
  const domain = `builds-${Date.now()}.bench.example.com`;
  const tenant = await post(
    url,
    '/api/tenants',
    { 'x-api-key': secrets.apiKey },
    {
      name: 'Builds experiment',
      domain,
      admin: { email: `admin@${domain}`, password: 'bench-admin-password-0123' },
    },
  );
  // As the app's login signs them (HS256, its issuer and audience); signed here to skip a login per build.
  const token = jwt.sign(
    { sub: tenant.admin.id, tid: tenant.id, role: 'admin' },
    createSecretKey(Buffer.from(secrets.jwtSecret)),
    {
      algorithm: 'HS256',
      issuer: 'multi-tenant-backend',
      audience: 'multi-tenant-backend-api',
      expiresIn: 3600,
    },
  );
  const headers = { 'x-tenant-id': tenant.id, authorization: `Bearer ${token}` };
  for (let i = 0; i < 20; i += 1) {
    await post(url, '/api/tenant/contacts', headers, {
      first_name: `First${i}`,
      last_name: `Last${i}`,
      email: `c${i}@example.com`,
    });
  }
  return headers;
}

/** Each build answers the request for the token (the REST list with its 20 contacts), and refuses it without. */
async function checkBuild(url, headers) {
  const ok = await fetch(`${url}${PATH}`, { headers, signal: AbortSignal.timeout(5000) });
  const body = await ok.json();
  const refused = await fetch(`${url}${PATH}`, {
    headers: { 'x-tenant-id': headers['x-tenant-id'] },
    signal: AbortSignal.timeout(5000),
  });
  await refused.arrayBuffer();
  const rows = Array.isArray(body.data) ? body.data.length : (body.data?.contacts?.items?.length ?? 20);
  if (ok.status !== 200 || body.errors || rows !== 20 || refused.status !== 401) {
    throw new Error(
      `${url}: expected 200 with 20 contacts, and 401 without the token; got ${ok.status}, ${refused.status}`,
    );
  }
}

async function main() {
  if (builds.length < 2 || builds.some((dir) => !existsSync(join(dir, 'dist', 'main.js')))) {
    process.stderr.write(
      'usage: APP_BUILDS=<build dir>,<build dir>[,...] app-builds.mjs: each with dist/main.js built\n',
    );
    process.exit(2);
  }
  let database;
  const cleanup = async () => {
    await stopAllChildren();
    await database?.drop().catch(() => undefined);
  };
  const disarm = installWatchdog((flags.rounds * flags.seconds * builds.length * 1.5 + 300) * 1000, cleanup);
  try {
    const machine = await machineLine();
    database = await openScratchDatabase('builds');
    const secrets = { jwtSecret: randomBytes(32).toString('hex'), apiKey: randomBytes(24).toString('hex') };
    const env = appEnv(database.url, secrets);
    await migrate(builds[0], env);
    const variants = [];
    for (const [i, build] of builds.entries()) {
      const port = await freePort();
      const key = String.fromCharCode(65 + i);
      log(`starting ${key}: ${build} on 127.0.0.1:${port}`);
      const handle = await startServerChild(key, join(LIB_DIR, '..', 'app-build-server.mjs'), [], {
        cwd: build,
        env: { ...env, PORT: String(port) },
        nodeArgs: ['--expose-gc', ...profileArgs],
        readyTimeoutMs: 90_000,
      });
      variants.push({ key, label: basename(build), handle, url: `http://127.0.0.1:${port}` });
    }
    const headers = await seed(variants[0].url, secrets);
    for (const variant of variants) await checkBuild(variant.url, headers);
    const results = await compareVariants({
      variants,
      rounds: flags.rounds,
      seconds: flags.seconds,
      warmupSeconds: 5,
      connections: flags.connections,
      path: PATH,
      headers,
    });
    const out = [
      `# app builds: the signed-in list request on each build — ${new Date().toISOString()}`,
      '',
      machine,
      `GET ${PATH} as the tenant's admin, 20 contacts; production logs and metrics, audit and rate limits on; ` +
        `autocannon ${flags.connections} connections from a separate process; ${flags.rounds} rotating rounds of ${flags.seconds} s`,
      '',
      ...resultTable(variants, results),
      '',
      ...ratioTable(variants, results, 'A', 'A', 3),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    await cleanup();
    disarm();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`app-builds failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
