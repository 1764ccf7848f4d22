// The peer: what a team following the original Express guide would run, measured next to the app and the raw
// server. Express with helmet(), cors(), morgan('combined') to stdout and express.json(); a pg.Pool PER TENANT,
// created on the tenant's first request with pg's default size (10), whose connections each run
// `SET search_path TO <tenant schema>` when they are made; no authentication. Started by bench/run.mjs:
//
//   PORT=... DATABASE_URL=... node bench/peer-server.mjs
//
// Routes: GET /contacts?limit=20, POST /contacts {first_name,last_name,email}, GET /health, with unqualified table
// names (the search_path picks the schema). The tenant comes from `x-tenant-id` (validated UUID ->
// "tenant_<uuid with underscores>"), which the guide did not do, so that a bad header cannot reach SQL.
//
// Its failures are part of what is measured (PostgreSQL's `too many clients` once tenants x 10 connections pass
// max_connections): every error answers 500 and the process keeps serving.
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import morgan from 'morgan';
import pg from 'pg';

const COLUMNS = 'id, first_name, last_name, email, phone, organization_id, notes, created_at, updated_at';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const port = Number(process.env.PORT);
/** tenant schema -> its pg.Pool, created lazily and never closed (as the guide does). */
const pools = new Map();
let errors = 0;

/** The pool of one tenant; each new connection sets its search_path before its first query. */
function poolFor(schema) {
  let pool = pools.get(schema);
  if (pool) return pool;
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, application_name: 'bench-peer' });
  const setPath = `SET search_path TO ${pg.escapeIdentifier(schema)}`;
  pool.on('connect', (client) => {
    // A failed SET surfaces on the client's next query; the listener keeps it from crashing the process.
    client.query(setPath).catch(() => undefined);
  });
  // An idle client dropped by the server must not crash the process.
  pool.on('error', () => undefined);
  pools.set(schema, pool);
  return pool;
}

/** The request's tenant schema (unquoted), or null when the header is missing or not a UUID. */
function tenantSchema(req) {
  const id = req.get('x-tenant-id');
  if (typeof id !== 'string' || !UUID.test(id)) return null;
  return `tenant_${id.toLowerCase().replace(/-/g, '_')}`;
}

const app = express();
app.use(helmet());
app.use(cors());
app.use(morgan('combined'));
app.use(express.json());

app.get('/health', (_req, res) => res.json({ status: 'ok' }));

app.use('/contacts', (req, res, next) => {
  const schema = tenantSchema(req);
  if (!schema) return res.status(400).json({ success: false, error: 'x-tenant-id header must be a UUID' });
  res.locals.pool = poolFor(schema);
  return next();
});

app.get('/contacts', async (req, res, next) => {
  try {
    const limit = Math.min(200, Math.max(1, Number(req.query.limit ?? 50) || 50));
    const { rows } = await res.locals.pool.query(
      `SELECT ${COLUMNS} FROM contacts ORDER BY created_at DESC, id DESC LIMIT $1`,
      [limit],
    );
    res.json({ success: true, data: rows });
  } catch (err) {
    next(err);
  }
});

app.post('/contacts', async (req, res, next) => {
  try {
    const input = req.body ?? {};
    const str = (v) => (typeof v === 'string' ? v : null);
    if (typeof input.first_name !== 'string' || input.first_name.trim() === '') {
      return res.status(400).json({ success: false, error: 'first_name is required' });
    }
    const { rows } = await res.locals.pool.query(
      `INSERT INTO contacts (first_name, last_name, email) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
      [input.first_name, str(input.last_name), str(input.email)],
    );
    return res.status(201).json({ success: true, data: rows[0] });
  } catch (err) {
    return next(err);
  }
});

app.use((_req, res) => res.status(404).json({ success: false, error: 'Not found' }));

// Every failure (too many clients, a connection that lost its search_path, ...) is a counted 500.
// Express recognises an error handler by its four parameters.
app.use((err, _req, res, _next) => {
  errors += 1;
  if (errors <= 5 || errors % 1000 === 0) process.stderr.write(`peer-server error #${errors}: ${err.message}\n`);
  if (!res.headersSent) res.status(500).json({ success: false, error: 'Internal server error' });
});

const server = app.listen(port, '127.0.0.1', () =>
  process.stdout.write(`peer server listening on 127.0.0.1:${port}\n`),
);

/** Closes the server and every tenant pool, then exits (SIGTERM/SIGINT from the harness). */
function shutdown() {
  server.close();
  server.closeAllConnections?.();
  Promise.allSettled([...pools.values()].map((p) => p.end())).finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
