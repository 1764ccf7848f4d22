// Express vs Fastify adapter for the same minimal Nest 12 app (adapter-server.mjs): global header guard,
// GET /items returning a 20-item JSON array, no database. A third variant, E0, is Express with its ETag (and
// x-powered-by) turned off, to show how much of the difference is Express's per-response ETag hash.
//
//   # once: a scratch install, because /work/main does not depend on @nestjs/platform-fastify
//   mkdir -p /tmp/fastify-exp && cd /tmp/fastify-exp && echo '{"private":true,"type":"module"}' > package.json
//   npm install @nestjs/platform-fastify@12 @nestjs/core@12 @nestjs/common@12 @nestjs/platform-express@12 \
//     reflect-metadata rxjs autocannon
//   # then, from /work/main:
//   node bench/experiments/adapters.mjs [--rounds=4] [--seconds=5] [--connections=50]
//   (FASTIFY_EXP_DIR=/other/folder to use another scratch folder)
//
// Copies adapter-server.mjs and lib/server-ipc.mjs into the scratch folder and starts one child per adapter
// there on a free 127.0.0.1 port (both adapters then share that folder's @nestjs/core), checks both answer alike
// (200 with 20 items with the header, 403 without), then loads them alternately with autocannon from a separate
// process (lib/load.mjs, /work/main's autocannon), 50 connections. Reports medians and the Fastify/Express ratio.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
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
const SCRATCH = process.env.FASTIFY_EXP_DIR ?? '/tmp/fastify-exp';
const needed = [
  '@nestjs/core',
  '@nestjs/common',
  '@nestjs/platform-express',
  '@nestjs/platform-fastify',
  'reflect-metadata',
  'rxjs',
];
const missing = needed.filter((p) => !existsSync(join(SCRATCH, 'node_modules', p, 'package.json')));
if (missing.length) {
  process.stderr.write(
    `${SCRATCH} lacks ${missing.join(', ')}. Create the scratch install first (never in /work/main):\n` +
      `  mkdir -p ${SCRATCH} && cd ${SCRATCH} && echo '{"private":true,"type":"module"}' > package.json\n` +
      '  npm install @nestjs/platform-fastify@12 @nestjs/core@12 @nestjs/common@12 @nestjs/platform-express@12 reflect-metadata rxjs autocannon\n',
  );
  process.exit(2);
}

const PATH = '/items';
const HEADERS = { 'x-tenant-id': '3f6c0000-0000-4000-8000-000000000001' };

async function checkVariant(url) {
  const ok = await fetch(`${url}${PATH}`, { headers: HEADERS, signal: AbortSignal.timeout(5000) });
  const body = await ok.json();
  const denied = await fetch(`${url}${PATH}`, { signal: AbortSignal.timeout(5000) });
  await denied.arrayBuffer();
  if (ok.status !== 200 || !Array.isArray(body) || body.length !== 20 || denied.status !== 403) {
    throw new Error(
      `${url}: expected 200 with 20 items and 403 without the header, got ${ok.status} (${Array.isArray(body) ? body.length : typeof body} items) and ${denied.status}`,
    );
  }
  return {
    contentType: ok.headers.get('content-type'),
    bytes: JSON.stringify(body).length,
    etag: ok.headers.get('etag') !== null,
  };
}

async function main() {
  const disarm = installWatchdog(Math.max(180, flags.rounds * flags.seconds * 3 * 1.5 + 120) * 1000, stopAllChildren);
  const machine = await machineLine();
  mkdirSync(join(SCRATCH, 'lib'), { recursive: true });
  copyFileSync(join(LIB_DIR, '..', 'adapter-server.mjs'), join(SCRATCH, 'adapter-server.mjs'));
  copyFileSync(join(LIB_DIR, 'server-ipc.mjs'), join(SCRATCH, 'lib', 'server-ipc.mjs'));

  const variants = [];
  for (const [key, label] of [
    ['E', 'express'],
    ['F', 'fastify'],
    ['E0', 'express-noetag'],
  ]) {
    const port = await freePort();
    log(`starting ${label} on 127.0.0.1:${port}`);
    const handle = await startServerChild(label, join(SCRATCH, 'adapter-server.mjs'), [label, String(port)], {
      cwd: SCRATCH,
      env: { NODE_ENV: 'production' },
      nodeArgs: ['--expose-gc'],
    });
    const url = `http://127.0.0.1:${port}`;
    const check = await checkVariant(url);
    variants.push({ key, label, handle, url, check });
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

  const E = results.E.med;
  const F = results.F.med;
  const out = [];
  out.push(`# adapters: Express vs Fastify (Nest 12, minimal app) — ${new Date().toISOString()}`);
  out.push('');
  out.push(`${machine}`);
  for (const v of variants) {
    out.push(
      `${v.label}: ${Object.entries(v.handle.info.versions)
        .map(([k, x]) => `${k} ${x}`)
        .join(
          ', ',
        )}; response ${v.check.bytes} bytes JSON, ${v.check.contentType}, ETag ${v.check.etag ? 'yes' : 'no'}`,
    );
  }
  out.push(
    `GET ${PATH} with x-tenant-id; autocannon ${flags.connections} connections from a separate process; ${flags.rounds} alternating rounds of ${flags.seconds} s each (2 s warm-up each first)`,
  );
  out.push(
    'Shared, busy machine: compare the ratios, not the absolute numbers. "server CPU µs/req" is the server process\'s CPU time per request (less sensitive to other load than req/s).',
  );
  out.push('');
  out.push(...resultTable(variants, results));
  out.push('');
  out.push(`ratio Fastify/Express req/s (medians) = ${fmt(F.rps / E.rps, 2)}`);
  out.push(`ratio Express/Fastify server CPU per request (medians) = ${fmt(E.cpuUsPerReq / F.cpuUsPerReq, 2)}`);
  out.push(
    `extra variant E0 (Express, etag and x-powered-by off): E0/E req/s = ${fmt(results.E0.med.rps / E.rps, 2)}, Fastify/E0 req/s = ${fmt(F.rps / results.E0.med.rps, 2)}`,
  );
  if (F.loadCpuPct > 85)
    out.push(
      `note: the load generator used ${fmt(F.loadCpuPct)}% of a core during the Fastify runs, so Fastify's req/s is probably capped by autocannon; the CPU-per-request ratio is the better measure of the adapters' own cost.`,
    );
  process.stdout.write(`${out.join('\n')}\n`);
  const bad = Object.values(results).reduce((a, r) => a + r.med.errors + r.med.non2xx, 0);
  process.exit(bad > 0 ? 1 : 0);
}

main().catch(async (err) => {
  log(`failed: ${err.stack ?? err.message}`);
  await stopAllChildren();
  process.exit(1);
});
