// One autocannon run in its own process. Usage: node load.mjs '<json config>'
// config: { url, path, headers, connections, durationSeconds }. Prints one JSON summary line to stdout.
import autocannon from 'autocannon';

const config = JSON.parse(process.argv[2] ?? '{}');
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(config.url ?? '')) {
  process.stderr.write('load.mjs only loads http://127.0.0.1:<port>\n');
  process.exit(2);
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = await autocannon({
  url: config.url,
  connections: config.connections,
  duration: config.durationSeconds,
  timeout: 10,
  requests: [{ method: 'GET', path: config.path, headers: config.headers }],
});
process.stdout.write(
  `${JSON.stringify({
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSeconds: result.duration,
    // this load generator's own CPU, % of one core: near 100 means the load generator, not the server, was the limit
    loadCpuPct: (() => {
      const c = process.cpuUsage(cpu0);
      return ((c.user + c.system) / 1000 / (performance.now() - t0)) * 100;
    })(),
  })}\n`,
);
