import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { get, type ClientRequest, type IncomingMessage } from 'node:http';
import request from 'supertest';
import { createTenant, type Http, withDatabase } from './support/app.js';
import { adminHeaders } from './support/auth.js';
import { outputTail, startServer } from './support/processes.js';

/**
 * The streaming export against the built app in its own process (so its memory can be measured) with a tenant of
 * 100,000 contacts: constant memory, the response starts while the cursor is still reading, one snapshot, and a
 * client that goes away (or an export past EXPORT_TIMEOUT_MS) releases its connection at once.
 */
const CONTACTS = 100_000;
const MB = 1024 * 1024;
const schemaOf = (id: string) => `tenant_${id.replace(/-/g, '_')}`;

interface App {
  child: ChildProcess;
  base: string;
  http: Http;
}

async function startApp(env: Record<string, string>): Promise<App> {
  const { base, port, child } = await startServer('dist/main.js', {
    LOG_LEVEL: 'warn',
    JOBS_WORKERS: 'off',
    PASSWORD_HASH_MEMORY_KIB: '1024',
    PASSWORD_HASH_TIME_COST: '1',
    ...env,
  });
  child.stderr?.on('data', (d) => process.stderr.write(`[app ${port}] ${d}`));
  return { child, base, http: request(base) };
}

function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D/g, '')) * 1024;
}

/** An export request whose response is handed over once its first bytes arrived, paused. */
function openExport(app: App, tenantId: string): Promise<{ req: ClientRequest; res: IncomingMessage; first: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = get(`${app.base}/api/tenants/${tenantId}/export`, { headers: adminHeaders }, (res) => {
      res.once('data', (first: Buffer) => {
        res.pause();
        resolve({ req, res, first });
      });
      res.once('error', reject);
    });
    req.once('error', reject);
  });
}

/** Reads the rest of a paused response, counting lines per table and keeping the lines `keep` selects. */
function readRest(res: IncomingMessage, first: Buffer, keep: (line: string) => boolean = () => false) {
  return new Promise<{ counts: Record<string, number>; kept: string[]; complete: boolean }>((resolve, reject) => {
    const counts: Record<string, number> = {};
    const kept: string[] = [];
    let rest = '';
    const take = (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        const table = /^\{"table":"([a-z_]+)"/.exec(line)![1];
        counts[table] = (counts[table] ?? 0) + 1;
        if (keep(line)) kept.push(line);
      }
    };
    take(first);
    res.on('data', take);
    res.once('end', () => (rest ? reject(new Error(`unterminated line: ${rest.slice(0, 80)}`)) : undefined));
    res.once('close', () => resolve({ counts, kept, complete: res.complete }));
    res.resume();
  });
}

/** Backends running (or holding the transaction of) this tenant's export cursor. */
async function exportBackends(tenantId: string): Promise<{ pid: number; state: string }[]> {
  return withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT pid, state FROM pg_stat_activity
           WHERE pid <> pg_backend_pid() AND query LIKE '%row_to_json(r)%' AND query LIKE '%' || $1 || '%'`,
          [schemaOf(tenantId)],
        )
      ).rows,
  );
}

async function until(probe: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

describe('Streaming export of a large tenant (built app in its own process)', () => {
  let app: App;
  let short: App;
  let big: { id: string };
  beforeAll(async () => {
    // Tight request and statement deadlines: the export must not be bound by them. One export at a time.
    [app, short] = await Promise.all([
      startApp({
        EXPORT_CONCURRENCY: '1',
        REQUEST_TIMEOUT_MS: '2000',
        DATABASE_STATEMENT_TIMEOUT_MS: '2000',
        DATABASE_QUERY_TIMEOUT_MS: '2500',
      }),
      startApp({ EXPORT_TIMEOUT_MS: '1500' }),
    ]);
    big = await createTenant(app.http, 'Large');
    await withDatabase((db) =>
      db.query(
        `INSERT INTO "${schemaOf(big.id)}".contacts (first_name, last_name, email, notes)
         SELECT 'First' || g, 'Last' || g, 'contact' || g || '@example.com', repeat('n', 200)
         FROM generate_series(1, ${CONTACTS}) AS g`,
      ),
    );
  }, 120_000);
  afterAll(() => {
    app?.child.kill('SIGKILL');
    short?.child.kill('SIGKILL');
  });

  it(`exports ${CONTACTS.toLocaleString('en')} contacts while the app's RSS rises less than 50 MB`, async () => {
    const small = await createTenant(app.http, 'Warm-up');
    await app.http.get(`/api/tenants/${small.id}/export`).set(adminHeaders).expect(200);
    const pid = app.child.pid!;
    const baseline = rssBytes(pid);
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 25);
    const started = Date.now();
    try {
      const { res, first } = await openExport(app, big.id);
      expect(res.statusCode).toBe(200);
      const { counts, complete } = await readRest(res, first);
      expect(complete).toBe(true);
      expect(counts.contacts).toBe(CONTACTS);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, rssBytes(pid));
    const rise = (peak - baseline) / MB;
    expect({ rise_mb: Math.round(rise), under_50: rise < 50 }).toEqual({ rise_mb: Math.round(rise), under_50: true });
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);

  it('starts before the last row is read, reads one snapshot, and outlives the request and statement deadlines', async () => {
    const { res, first } = await openExport(app, big.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    // The first bytes are here while the cursor is still open on the server.
    const open = await exportBackends(big.id);
    expect(open).toEqual([{ pid: expect.any(Number), state: 'active' }]);
    // Committed while the export reads: a new contact, a changed one not yet read, a task in a table not yet read.
    const schema = schemaOf(big.id);
    const last = await withDatabase(async (db) => {
      await db.query(`INSERT INTO "${schema}".contacts (first_name) VALUES ('Latecomer')`);
      await db.query(`INSERT INTO "${schema}".tasks (title) VALUES ('Written during the export')`);
      const { rows } = await db.query(
        `UPDATE "${schema}".contacts SET first_name = 'Changed' WHERE id = (SELECT id FROM "${schema}".contacts ORDER BY id DESC LIMIT 1)
         RETURNING id`,
      );
      return rows[0].id as string;
    });
    // Paused past REQUEST_TIMEOUT_MS and DATABASE_STATEMENT_TIMEOUT_MS (2 s each).
    await new Promise((r) => setTimeout(r, 3000));
    const { counts, kept, complete } = await readRest(res, first, (l) => l.includes(last));
    expect(complete).toBe(true);
    expect(counts.contacts).toBe(CONTACTS);
    expect(counts.tasks).toBeUndefined();
    expect(kept).toHaveLength(1);
    expect(JSON.parse(kept[0]).row.first_name).not.toBe('Changed');
    await until(async () => (await exportBackends(big.id)).length === 0, 2000);
  }, 60_000);

  it('answers 429 while EXPORT_CONCURRENCY exports stream; a client that disconnects frees its connection within 1 s', async () => {
    const { req, res } = await openExport(app, big.id);
    const [backend] = await exportBackends(big.id);
    expect(backend).toBeDefined();
    const busy = await app.http.get(`/api/tenants/${big.id}/export`).set(adminHeaders).expect(429);
    expect(busy.body).toEqual({ success: false, error: expect.stringMatching(/^1 exports are already streaming/) });
    expect(busy.headers['retry-after']).toBe('1');

    req.destroy();
    res.destroy();
    const took = await until(
      () =>
        withDatabase(async (db) => {
          const { rows } = await db.query('SELECT state FROM pg_stat_activity WHERE pid = $1', [backend.pid]);
          return rows.length === 0 || rows[0].state === 'idle';
        }),
      1000,
    );
    expect(took).toBeLessThan(1000);
    expect(await exportBackends(big.id)).toEqual([]);
    // The slot is free again.
    const small = await createTenant(app.http, 'After disconnect');
    await until(
      async () => (await app.http.get(`/api/tenants/${small.id}/export`).set(adminHeaders)).status === 200,
      1000,
    );
  }, 60_000);

  it('cuts off an export that runs past EXPORT_TIMEOUT_MS and releases its connection', async () => {
    const { res, first } = await openExport(short, big.id);
    expect(res.statusCode).toBe(200);
    expect(await exportBackends(big.id)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 2500));
    res.on('error', () => undefined);
    const { counts, complete } = await readRest(res, first).catch(() => ({
      counts: {} as Record<string, number>,
      complete: false,
    }));
    expect(complete).toBe(false);
    expect(counts.contacts ?? 0).toBeLessThan(CONTACTS);
    await until(async () => (await exportBackends(big.id)).length === 0, 1000);
  }, 60_000);

  it('streamed every export above without a MaxListenersExceededWarning (one close listener per response)', () => {
    for (const a of [app, short]) expect(outputTail(a.child)).not.toContain('MaxListenersExceededWarning');
  });
});
