// Experiment 6: the floor each layer of the stack puts under the list request, before any feature of the app.
// The same list statement on the same 20 rows, served by node:http, by Fastify, by Nest on Fastify, and by Nest with
// the usual guard, validation pipe and envelope interceptor (framework-floor-server.mjs), loaded in interleaved
// rounds. The app (bench/run.mjs) adds tenants, auth, rate limits, audit, metrics and logs on top of the last one;
// this shows how much of the distance to the raw server is the frameworks themselves.
//
//   npm run build && node bench/experiments/framework-floor.mjs [--rounds=4] [--seconds=5] [--connections=50]
//   (FLOOR_VARIANTS=N,NG to run only some variants next to the raw server)
//
// Database: a scratch database (lib/scratch-database.mjs: DATABASE_URL's server, else an embedded PostgreSQL),
// one tenant schema migrated with the app's migrations and 20 contacts; dropped at the end.
import { join } from 'node:path';
import pg from 'pg';
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
import { migrateTenantSchemas, openScratchDatabase } from './lib/scratch-database.mjs';

const flags = httpExperimentFlags();
const PATH = '/contacts?limit=20';
const HEADERS = { 'x-tenant-id': '3f6c0000-0000-4000-8000-000000000001' };
const ALL_VARIANTS = [
  ['R', 'raw'],
  ['F', 'fastify'],
  ['N', 'nest'],
  ['NT', 'nest-typical'],
  ['NG', 'nest-guard'],
  ['NP', 'nest-pipe'],
  ['NI', 'nest-interceptor'],
];
// FLOOR_VARIANTS=R,N,NG runs only those (the raw server always runs: every ratio is against it).
const only = process.env.FLOOR_VARIANTS?.split(',');
const VARIANTS = ALL_VARIANTS.filter(([key]) => !only || key === 'R' || only.includes(key));

async function checkVariant(url) {
  const ok = await fetch(`${url}${PATH}`, { headers: HEADERS, signal: AbortSignal.timeout(5000) });
  const body = await ok.json();
  const refused = await fetch(`${url}${PATH}`, { signal: AbortSignal.timeout(5000) });
  await refused.arrayBuffer();
  if (ok.status !== 200 || body.success !== true || body.data?.length !== 20 || refused.status !== 400) {
    throw new Error(
      `${url}: expected 200 with 20 rows, and 400 without the header; got ${ok.status}, ${refused.status}`,
    );
  }
  return { bytes: JSON.stringify(body).length };
}

async function main() {
  let database;
  const cleanup = async () => {
    await stopAllChildren();
    await database?.drop().catch(() => undefined);
  };
  const disarm = installWatchdog(
    Math.max(240, flags.rounds * flags.seconds * VARIANTS.length * 1.5 + 180) * 1000,
    cleanup,
  );
  try {
    const machine = await machineLine();
    database = await openScratchDatabase('floor');
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    const [schema] = await migrateTenantSchemas(pool, 1);
    await pool.query(
      `INSERT INTO ${pg.escapeIdentifier(schema)}.contacts (first_name, last_name, email, notes)
       SELECT 'First' || i, 'Last' || i, 'contact' || i || '@example.com', 'benchmark row' FROM generate_series(1, 20) AS i`,
    );
    await pool.end();

    const variants = [];
    for (const [key, label] of VARIANTS) {
      const port = await freePort();
      log(`starting ${label} on 127.0.0.1:${port}`);
      const handle = await startServerChild(
        label,
        join(LIB_DIR, '..', 'framework-floor-server.mjs'),
        [label, String(port)],
        {
          env: { NODE_ENV: 'production', DATABASE_URL: database.url, SCHEMA: schema },
          nodeArgs: ['--expose-gc'],
        },
      );
      const url = `http://127.0.0.1:${port}`;
      variants.push({ key, label, handle, url, check: await checkVariant(url) });
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
    const out = [
      `# framework floor: the list request through node:http, Fastify, Nest, typical Nest — ${new Date().toISOString()}`,
      '',
      machine,
      `GET ${PATH} with x-tenant-id, ${variants[0].check.bytes} bytes of JSON; one named statement per request on a pg.Pool of 10; ` +
        `autocannon ${flags.connections} connections from a separate process; ${flags.rounds} rotating rounds of ${flags.seconds} s (2 s warm-up each first)`,
      '',
      ...resultTable(variants, results),
      '',
      ...ratioTable(variants, results, 'R', 'raw'),
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
    process.stderr.write(`framework-floor failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
