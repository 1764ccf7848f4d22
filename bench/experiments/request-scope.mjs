// Nest's Scope.REQUEST vs AsyncLocalStorage for "the repository needs the current tenant id"
// (request-scope-server.mjs; Nest 12 + Express, no database).
//
//   node bench/experiments/request-scope.mjs [--rounds=4] [--seconds=5] [--connections=50]
//
//   A  request scope: ContactsRepository is Scope.REQUEST and injects REQUEST, which makes ContactsService and
//      ContactsController request-scoped too (all three are constructed per request)
//   B  singletons + AsyncLocalStorage set in a Nest middleware (the mechanism the app uses via nestjs-cls)
//   C  singletons + nestjs-cls itself (ClsModule.forRoot with the middleware mounted, as src/app.module.ts did until
//      the project replaced nestjs-cls by a plain AsyncLocalStorage); skipped when nestjs-cls is not installed
//   D  B plus the two no-op global enhancers ClsModule.forRoot always registers (an APP_GUARD returning true and an
//      APP_INTERCEPTOR returning next.handle()), to see how much of C's extra cost over B they explain
//
// Starts each variant as its own child on a free 127.0.0.1 port (with --expose-gc), checks that 200 concurrent
// requests with distinct tenant ids each get their own tenant back, then loads the variants in rotating order with
// autocannon from a separate process. Reports req/s medians, ratios B/A and C/A, server CPU per request, and the
// server's heap used right after each load run (and after a forced GC).
//
// The servers need @nestjs/core, @nestjs/common and @nestjs/platform-express. They run from this repository when it
// has them; otherwise from the adapters experiment's scratch folder (FASTIFY_EXP_DIR, default /tmp/fastify-exp; see
// README.md), into which request-scope-server.mjs and lib/server-ipc.mjs are copied. C needs nestjs-cls there too.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LIB_DIR,
  fmt,
  freePort,
  httpExperimentFlags,
  installWatchdog,
  log,
  machineLine,
  startServerChild,
  stopAllChildren,
} from './lib/common.mjs';
import { compareVariants, resultTable } from './lib/http-compare.mjs';

const flags = httpExperimentFlags();
const REPO = join(LIB_DIR, '..', '..', '..');
const SCRATCH = process.env.FASTIFY_EXP_DIR ?? '/tmp/fastify-exp';
const NEEDED = ['@nestjs/core', '@nestjs/common', '@nestjs/platform-express', 'reflect-metadata', 'rxjs'];

/** The installed version of `pkg` under `root`, or null. */
function installed(root, pkg) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/**
 * Where the servers run: this repository when it has Nest with the Express adapter; otherwise the scratch folder of
 * the adapters experiment (the project moved to Fastify and no longer installs @nestjs/platform-express), into which
 * the server and lib/server-ipc.mjs are copied. Returns { root, server } or exits 2 with instructions.
 */
function serverLocation() {
  if (NEEDED.every((p) => installed(REPO, p)))
    return { root: REPO, server: join(LIB_DIR, '..', 'request-scope-server.mjs') };
  if (NEEDED.every((p) => installed(SCRATCH, p))) {
    mkdirSync(join(SCRATCH, 'lib'), { recursive: true });
    copyFileSync(join(LIB_DIR, '..', 'request-scope-server.mjs'), join(SCRATCH, 'request-scope-server.mjs'));
    copyFileSync(join(LIB_DIR, 'server-ipc.mjs'), join(SCRATCH, 'lib', 'server-ipc.mjs'));
    return { root: SCRATCH, server: join(SCRATCH, 'request-scope-server.mjs') };
  }
  process.stderr.write(
    `Neither this repository nor ${SCRATCH} has ${NEEDED.join(', ')}. Create the scratch install of the adapters ` +
      'experiment first (see bench/experiments/README.md).\n',
  );
  process.exit(2);
}
const PATH = '/contacts';
const HEADERS = { 'x-tenant-id': '3f6c0000-0000-4000-8000-000000000001' };

/** 200 concurrent requests with distinct tenant ids; each response must name its own tenant. */
async function checkIsolation(url) {
  const ids = Array.from({ length: 200 }, () => randomUUID());
  const answers = await Promise.all(
    ids.map(async (id) => {
      const res = await fetch(`${url}${PATH}`, { headers: { 'x-tenant-id': id }, signal: AbortSignal.timeout(10000) });
      const body = await res.json();
      return res.status === 200 && body.tenant === id && body.data.length === 3;
    }),
  );
  return answers.filter((ok) => !ok).length;
}

async function main() {
  const disarm = installWatchdog(Math.max(180, flags.rounds * flags.seconds * 4 * 1.5 + 120) * 1000, stopAllChildren);
  const machine = await machineLine();
  const { root, server } = serverLocation();
  log(`servers run from ${root}`);
  // nestjs-cls was a dependency of the project when this experiment was written; without it, C is skipped.
  const clsVersion = installed(root, 'nestjs-cls');
  if (!clsVersion) log(`nestjs-cls is not installed in ${root}: variant C is skipped`);
  const variants = [];
  for (const [key, name, label] of [
    ['A', 'request', 'Scope.REQUEST + REQUEST'],
    ['B', 'als', 'singletons + AsyncLocalStorage middleware'],
    ['C', 'cls', `singletons + nestjs-cls ${clsVersion}`],
    ['D', 'als-enhancers', 'B + no-op global guard and pass-through global interceptor'],
  ]) {
    if (key === 'C' && !clsVersion) continue;
    const port = await freePort();
    log(`starting variant ${key} (${name}) on 127.0.0.1:${port}`);
    const handle = await startServerChild(name, server, [name, String(port)], {
      cwd: root,
      env: { NODE_ENV: 'production' },
      nodeArgs: ['--expose-gc'],
    });
    const url = `http://127.0.0.1:${port}`;
    const wrong = await checkIsolation(url);
    log(`  isolation check: ${wrong} of 200 concurrent requests got a wrong tenant or failed`);
    variants.push({ key, label, handle, url, wrong });
  }

  const results = await compareVariants({
    variants,
    rounds: flags.rounds,
    seconds: flags.seconds,
    warmupSeconds: 2,
    connections: flags.connections,
    path: PATH,
    headers: HEADERS,
  });
  await stopAllChildren();
  disarm();

  const { A, B, C, D } = Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.med]));
  const out = [];
  out.push(`# request-scope: Scope.REQUEST vs AsyncLocalStorage (Nest 12 + Express) — ${new Date().toISOString()}`);
  out.push('');
  out.push(machine);
  out.push(
    `servers run from ${root}: @nestjs/core ${installed(root, '@nestjs/core')}, @nestjs/platform-express ${installed(root, '@nestjs/platform-express')}, express ${installed(root, 'express')}${clsVersion ? `, nestjs-cls ${clsVersion}` : ''}`,
  );
  out.push(
    `GET ${PATH} (controller → service → repository, one setImmediate hop, ~150-byte JSON); autocannon ${flags.connections} connections from a separate process; ${flags.rounds} rotating rounds of ${flags.seconds} s per variant (2 s warm-up each first)`,
  );
  out.push(
    'Shared, busy machine: compare the ratios, not the absolute numbers. Heap figures: V8 heapUsed of the server read right after each run (garbage included), then after a forced GC; medians over rounds.',
  );
  if (!C) out.push(`Variant C (nestjs-cls) skipped: nestjs-cls is not installed in ${root}.`);
  out.push('');
  out.push(...resultTable(variants, results));
  out.push('');
  out.push(`ratio B/A req/s (medians) = ${fmt(B.rps / A.rps, 2)}`);
  if (C) out.push(`ratio C/A req/s (medians) = ${fmt(C.rps / A.rps, 2)}`);
  out.push(
    `ratio D/A req/s = ${fmt(D.rps / A.rps, 2)}; B/D = ${fmt(B.rps / D.rps, 2)} (D = B + the no-op guard and interceptor nestjs-cls registers)`,
  );
  if (C) out.push(`ratio B/C req/s = ${fmt(B.rps / C.rps, 2)}; D/C = ${fmt(D.rps / C.rps, 2)}`);
  out.push(
    `ratio A/B server CPU per request = ${fmt(A.cpuUsPerReq / B.cpuUsPerReq, 2)}${C ? `; A/C = ${fmt(A.cpuUsPerReq / C.cpuUsPerReq, 2)}` : ''}`,
  );
  out.push(
    `isolation check (200 concurrent requests, distinct tenants, before the load): wrong answers ${variants.map((v) => `${v.key} ${v.wrong}`).join(', ')}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
  const bad = variants.reduce((a, v) => a + v.wrong + results[v.key].med.errors + results[v.key].med.non2xx, 0);
  process.exit(bad > 0 ? 1 : 0);
}

main().catch(async (err) => {
  log(`failed: ${err.stack ?? err.message}`);
  await stopAllChildren();
  process.exit(1);
});
