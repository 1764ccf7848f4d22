// Jobs and webhooks: job throughput (jobs/s enqueued and completed) and webhook delivery latency, measured on the
// running app (its in-process workers, JOBS_CONCURRENCY and JOBS_POLL_INTERVAL_MS at their defaults). Webhooks go
// to a receiver on 127.0.0.1 in this process (the app runs with WEBHOOK_ALLOWED_HOSTS=127.0.0.1).
import { randomUUID } from 'node:crypto';
import { createSecretKey } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { signToken } from './seed.mjs';
import { log, percentile, round, runBounded, sleep } from './util.mjs';

const ENQUEUE_CONCURRENCY = 8;

async function api(method, url, headers, body, expected) {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (res.status !== expected) throw new Error(`${method} ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** A receiver that answers 204 and notes when each delivery arrived. */
async function startReceiver() {
  const arrivals = new Map();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      arrivals.set(req.headers['webhook-id'], { at: performance.now(), body });
      res.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { arrivals, url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

async function waitUntil(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** `tenant` ({id, adminId}) is one the seeder created: a new one would change the tenant count the run checks. */
export async function measureJobsAndWebhooks({ baseUrl, databaseUrl, tenant, jwtSecret, jobs, events }) {
  const receiver = await startReceiver();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: ENQUEUE_CONCURRENCY });
  try {
    const headers = {
      'x-tenant-id': tenant.id,
      authorization: `Bearer ${signToken(tenant, createSecretKey(Buffer.from(jwtSecret, 'utf8')))}`,
    };
    const sub = await api(
      'POST',
      `${baseUrl}/api/tenant/webhooks`,
      headers,
      {
        url: `${receiver.url}/hook`,
        events: ['contact.created'],
      },
      201,
    );

    // Webhook latency: from the create's response (the change committed) to the delivery's arrival.
    const committedAt = new Map();
    for (let i = 0; i < events; i += 1) {
      const res = await api('POST', `${baseUrl}/api/tenant/contacts`, headers, { first_name: `Hook ${i}` }, 201);
      committedAt.set(res.data.id, performance.now());
    }
    await waitUntil(() => receiver.arrivals.size >= events, 120_000, 'the webhook deliveries');
    // Only this loop's contacts: a delivery of an earlier change (there should be none) must not make the figures NaN.
    const latencies = [...receiver.arrivals.values()]
      .map((a) => a.at - committedAt.get(JSON.parse(a.body).data.id))
      .filter((ms) => Number.isFinite(ms));
    receiver.arrivals.clear();

    // Job throughput: single-row enqueues (one transaction each, as `enqueue(tx, …)` inside a change), then the
    // time until the workers completed them all.
    const event = {
      id: randomUUID(),
      type: 'contact.created',
      tenant_id: tenant.id,
      occurred_at: new Date().toISOString(),
      data: {},
    };
    const data = JSON.stringify({ subscription_id: sub.data.id, event });
    const started = performance.now();
    await runBounded(0, jobs, ENQUEUE_CONCURRENCY, () =>
      pool.query(
        `INSERT INTO public.jobs (name, tenant_id, lane, data, max_attempts, backoff_ms, max_backoff_ms, timeout_ms)
         VALUES ('webhook.deliver', $1, $1, $2, 16, 30000, 14400000, 10000)`,
        [tenant.id, data],
      ),
    );
    const enqueuedMs = performance.now() - started;
    await waitUntil(
      async () => {
        const { rows } = await pool.query(
          `SELECT count(*)::int AS n FROM public.jobs WHERE tenant_id = $1 AND name = 'webhook.deliver' AND state = 'completed'`,
          [tenant.id],
        );
        return rows[0].n >= jobs + events;
      },
      300_000,
      'the jobs to complete',
    );
    const completedMs = performance.now() - started;
    const result = {
      jobs,
      enqueuedPerSecond: round(jobs / (enqueuedMs / 1000), 0),
      completedPerSecond: round(jobs / (completedMs / 1000), 0),
      webhookEvents: events,
      webhookLatencyMs: {
        p50: round(percentile(latencies, 50), 0),
        p95: round(percentile(latencies, 95), 0),
        max: round(Math.max(...latencies), 0),
      },
    };
    log(
      `jobs: ${result.enqueuedPerSecond}/s enqueued, ${result.completedPerSecond}/s completed; webhook p50 ${result.webhookLatencyMs.p50} ms`,
    );
    return result;
  } finally {
    await pool.end();
    receiver.close();
  }
}

export function formatAsync(a) {
  if (!a || a.error) return `jobs and webhooks: not measured (${a?.error ?? 'skipped'})`;
  return [
    `jobs: ${a.jobs} webhook-delivery jobs, ${a.enqueuedPerSecond}/s enqueued (one transaction each, ${ENQUEUE_CONCURRENCY} in flight), ` +
      `${a.completedPerSecond}/s completed (the app's in-process workers, JOBS_CONCURRENCY=4, delivering to a receiver on 127.0.0.1)`,
    `webhook delivery latency, change committed -> delivery received (${a.webhookEvents} events, JOBS_POLL_INTERVAL_MS=1000): ` +
      `p50 ${a.webhookLatencyMs.p50} ms, p95 ${a.webhookLatencyMs.p95} ms, max ${a.webhookLatencyMs.max} ms`,
  ].join('\n');
}
