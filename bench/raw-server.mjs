// The ceiling the app is compared with: node:http and ONE shared pg.Pool, no framework, no auth, no
// validation library, no transaction. One schema-qualified query per request for the same rows the app
// returns. Started by bench/run.mjs as a child process:
//
//   PORT=... DATABASE_URL=... POOL_MAX=10 node bench/raw-server.mjs
//
// Routes: GET /contacts?limit=20, POST /contacts {first_name,last_name,email}, GET /health.
// The tenant comes from the `x-tenant-id` header (validated UUID -> "tenant_<uuid with underscores>").
import { createServer } from 'node:http';
import pg from 'pg';

const COLUMNS = 'id, first_name, last_name, email, phone, organization_id, notes, created_at, updated_at';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_BODY_BYTES = 1024 * 1024;

const port = Number(process.env.PORT);
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_MAX ?? 10),
  application_name: 'bench-raw',
  idleTimeoutMillis: 60_000, // as the app's DATABASE_POOL_IDLE_TIMEOUT_MS
});
// An idle client dropped by the server must not crash the process.
pool.on('error', () => undefined);

/** Writes one JSON response. */
function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

/** The quoted schema of the request's tenant, or null when the header is missing or not a UUID. */
function tenantSchema(req) {
  const id = req.headers['x-tenant-id'];
  if (typeof id !== 'string' || !UUID.test(id)) return null;
  return pg.escapeIdentifier(`tenant_${id.toLowerCase().replace(/-/g, '_')}`);
}

/** Reads and parses a JSON body (at most 1 MB); resolves undefined when it is not valid JSON. */
function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        resolve(undefined);
      }
    });
    req.on('error', reject);
  });
}

/** GET /contacts?limit=N: newest first, like the app's list. */
async function listContacts(schema, url) {
  const limit = Math.min(200, Math.max(1, Number(url.searchParams.get('limit') ?? 50) || 50));
  const { rows } = await pool.query(
    `SELECT ${COLUMNS} FROM ${schema}.contacts ORDER BY created_at DESC, id DESC LIMIT $1`,
    [limit],
  );
  return { status: 200, body: { success: true, data: rows } };
}

/** POST /contacts: inserts one row and returns it. */
async function createContact(schema, req) {
  const input = await readJson(req);
  const str = (v) => (typeof v === 'string' ? v : null);
  if (!input || typeof input.first_name !== 'string' || input.first_name.trim() === '') {
    return { status: 400, body: { success: false, error: 'first_name is required' } };
  }
  const { rows } = await pool.query(
    `INSERT INTO ${schema}.contacts (first_name, last_name, email) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
    [input.first_name, str(input.last_name), str(input.email)],
  );
  return { status: 201, body: { success: true, data: rows[0] } };
}

/** Routes one request; every database error becomes a JSON error response. */
async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/health') return send(res, 200, { status: 'ok' });
  if (url.pathname !== '/contacts' || (req.method !== 'GET' && req.method !== 'POST')) {
    return send(res, 404, { success: false, error: 'Not found' });
  }
  const schema = tenantSchema(req);
  if (!schema) return send(res, 400, { success: false, error: 'x-tenant-id header must be a UUID' });
  try {
    const result = req.method === 'GET' ? await listContacts(schema, url) : await createContact(schema, req);
    send(res, result.status, result.body);
  } catch (err) {
    // 42P01 undefined_table: no such tenant schema.
    if (err.code === '42P01') return send(res, 404, { success: false, error: 'Tenant not found' });
    if (err.status === 413) return send(res, 413, { success: false, error: 'Payload too large' });
    process.stderr.write(`raw-server: ${err.message}\n`);
    send(res, 500, { success: false, error: 'Internal server error' });
  }
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) send(res, 500, { success: false, error: 'Internal server error' });
  });
});

/** Closes the server and the pool, then exits (SIGTERM/SIGINT from the harness). */
function shutdown() {
  server.close();
  server.closeAllConnections?.();
  pool.end().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

server.listen(port, '127.0.0.1', () => process.stdout.write(`raw server listening on 127.0.0.1:${port}\n`));
