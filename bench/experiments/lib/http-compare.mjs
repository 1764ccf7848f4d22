// Interleaved HTTP comparison of server variants that are already running (children with IPC, see
// common.mjs/server-ipc.mjs): an unmeasured warm-up per variant, then `rounds` rounds in which every variant
// is loaded once for `seconds` (the order rotates each round), with the server's CPU time and heap sampled
// around each run over IPC.
import { fmt, log, median, runLoad } from './common.mjs';

/**
 * variants: [{ key, handle, url }]; returns { [key]: { samples: [...], med: {...} } }.
 * Each sample: { rps, p50, p99, errors, non2xx, cpuUsPerReq, heapUsedMB, heapAfterGcMB, rssMB }.
 */
export async function compareVariants({ variants, rounds, seconds, warmupSeconds, connections, path, headers }) {
  log(`warm-up (${warmupSeconds} s each, not measured)`);
  for (const v of variants) await runLoad({ url: v.url, path, headers, connections, durationSeconds: warmupSeconds });
  const results = Object.fromEntries(variants.map((v) => [v.key, { samples: [] }]));
  for (let r = 0; r < rounds; r++) {
    const order = variants.map((_, i) => variants[(i + r) % variants.length]);
    log(`round ${r + 1}/${rounds} (${order.map((v) => v.key).join(' ')})`);
    for (const v of order) {
      const before = await v.handle.request({ cmd: 'stats' });
      const load = await runLoad({ url: v.url, path, headers, connections, durationSeconds: seconds });
      const after = await v.handle.request({ cmd: 'stats', gc: true });
      const cpuUs = after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system;
      const sample = {
        rps: load.requestsPerSecond,
        p50: load.p50Ms,
        p99: load.p99Ms,
        errors: load.errors,
        non2xx: load.non2xx,
        total: load.totalRequests,
        cpuUsPerReq: load.totalRequests > 0 ? cpuUs / load.totalRequests : NaN,
        heapUsedMB: after.mem.heapUsed / 2 ** 20,
        heapAfterGcMB: after.memAfterGc ? after.memAfterGc.heapUsed / 2 ** 20 : NaN,
        rssMB: after.mem.rss / 2 ** 20,
        loadCpuPct: load.loadCpuPct,
        // GC pauses of the server during the run (the forced GC after it is not counted), per 1000 requests
        gcMsPerKReq: load.totalRequests > 0 ? ((after.gc.ms - before.gc.ms) * 1000) / load.totalRequests : NaN,
        gcCount: after.gc.count - before.gc.count,
      };
      results[v.key].samples.push(sample);
      log(
        `  ${v.key}: ${fmt(sample.rps)} req/s, p50 ${sample.p50} ms, ${fmt(sample.cpuUsPerReq)} µs CPU/req, GC ${fmt(sample.gcMsPerKReq, 1)} ms/1k req (${sample.gcCount}), heap ${fmt(sample.heapUsedMB, 1)} MB (${fmt(sample.heapAfterGcMB, 1)} after GC), errors ${sample.errors}, non-2xx ${sample.non2xx}, load generator ${fmt(sample.loadCpuPct)}% CPU`,
      );
    }
  }
  for (const key of Object.keys(results)) {
    const s = results[key].samples;
    const pick = (f) => median(s.map((x) => x[f]));
    results[key].med = {
      rps: pick('rps'),
      p50: pick('p50'),
      p99: pick('p99'),
      cpuUsPerReq: pick('cpuUsPerReq'),
      heapUsedMB: pick('heapUsedMB'),
      heapAfterGcMB: pick('heapAfterGcMB'),
      rssMB: pick('rssMB'),
      loadCpuPct: pick('loadCpuPct'),
      gcMsPerKReq: pick('gcMsPerKReq'),
      gcCount: pick('gcCount'),
      errors: s.reduce((a, x) => a + x.errors, 0),
      non2xx: s.reduce((a, x) => a + x.non2xx, 0),
    };
  }
  return results;
}

/** Markdown rows for the common table. */
export function resultTable(variants, results) {
  const rows = [
    '| variant | req/s median | req/s per round | p50 ms | p99 ms | server CPU µs/req | server GC ms per 1k req | heap used after load, MB | heap after forced GC, MB | RSS MB | load generator CPU % | errors | non-2xx |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const v of variants) {
    const { med, samples } = results[v.key];
    rows.push(
      `| ${v.key} (${v.label}) | ${fmt(med.rps)} | ${samples.map((s) => fmt(s.rps)).join(', ')} | ${fmt(med.p50, 1)} | ${fmt(med.p99, 1)} | ${fmt(med.cpuUsPerReq)} | ${fmt(med.gcMsPerKReq, 1)} | ${fmt(med.heapUsedMB, 1)} | ${fmt(med.heapAfterGcMB, 1)} | ${fmt(med.rssMB, 0)} | ${fmt(med.loadCpuPct)} | ${med.errors} | ${med.non2xx} |`,
    );
  }
  return rows;
}

/** Each variant's median req/s and CPU per request as ratios of the `base` variant's (`label`: what the base is). */
export function ratioTable(variants, results, base, label, digits = 2) {
  const b = results[base].med;
  return [
    `| variant | req/s vs ${label} | server CPU per request vs ${label} |`,
    '|---|---|---|',
    ...variants.map(
      ({ key, label: name }) =>
        `| ${key} (${name}) | ${fmt(results[key].med.rps / b.rps, digits)}x | ${fmt(results[key].med.cpuUsPerReq / b.cpuUsPerReq, digits)}x |`,
    ),
  ];
}
