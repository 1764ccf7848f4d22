// PostgreSQL-side cost of one audited create, by part: N inserts over C clients, synchronous_commit off (CPU, not fsync).
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
const D = new URL('../dist/', import.meta.url).href;
const { loadMigrations, applyMigrations, inTransaction } = await import(D + 'platform/database/migrator.js');
const { auditInsert, CREATED_CHANGES } = await import(D + 'platform/tenancy/crud/audited-sql.js');
let serverUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
let embedded;
if (process.env.EMBEDDED) {
  const { startEmbeddedPostgres } = await import(D + 'platform/database/embedded-postgres.js');
  const { mkdtempSync, chmodSync } = await import('node:fs');
  const dir = mkdtempSync('/tmp/emb-'); chmodSync(dir, 0o755);
  embedded = await startEmbeddedPostgres({ dir: dir + '/pg', port: 55432, persistent: false, log: () => {} });
  serverUrl = embedded.url;
}
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
const dbName = `auditsql_${Date.now()}`;
await admin.query(`CREATE DATABASE ${dbName}`);
const u = new URL(serverUrl); u.pathname = '/' + dbName; const url = u.toString();
const pool = new pg.Pool({ connectionString: url, max: 30 });
const N = Number(process.env.N ?? 3000), C = Number(process.env.C ?? 4), SYNC = process.env.SYNC ?? 'off';
try {
  await inTransaction(pool, (c) => applyMigrations(c, 'public', loadMigrations('/work/main/migrations', 'public')));
  const tenants = [];
  for (let i = 0; i < Number(process.env.TENANTS ?? 4); i += 1) {
    const id = randomUUID(); const schema = `tenant_${id.replace(/-/g, '_')}`;
    await inTransaction(pool, (c) => applyMigrations(c, schema, loadMigrations('/work/main/migrations', 'tenant')));
    tenants.push(schema);
  }
  const actor = randomUUID();
  let fnChanges = false;
  const sqlFor = (schema, audited) => {
    if (audited && fnChanges) {
      const insert = `INSERT INTO "${schema}".contacts AS t (first_name, last_name, email) VALUES ($1, $2, $3)`;
      return `WITH w AS (${insert} RETURNING t.*, to_jsonb(t) AS __audit_new),
      audit AS (INSERT INTO "${schema}".audit_log (actor_type, actor_id, ip, request_id, action, resource, resource_id, changes)
        SELECT $4, $5::uuid, $6, $7, 'create', 'contacts', w.id::text, public.audit_created_changes(w.__audit_new) FROM w)
      SELECT w.id, w.first_name FROM w`;
    }
    const insert = `INSERT INTO "${schema}".contacts AS t (first_name, last_name, email) VALUES ($1, $2, $3)`;
    if (!audited) return `${insert} RETURNING t.id, t.first_name, t.last_name, t.email, t.created_at`;
    return `WITH w AS (${insert} RETURNING t.*, to_jsonb(t) AS __audit_new),
       ${auditInsert(`"${schema}".audit_log`, 4, 'create', 'contacts', CREATED_CHANGES)}
       SELECT w.id, w.first_name FROM w`;
  };
  const SQL = {
    restore: (await pool.query(`SELECT pg_get_functiondef('public.audit_log_chain'::regproc) AS d`)).rows[0].d,
    nochain: `CREATE OR REPLACE FUNCTION public.audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.seq := (random()*1e15)::bigint; NEW.prev_hash := ''; NEW.hash := ''; NEW.created_at := clock_timestamp(); RETURN NEW; END $$`,
  };
  async function setVariant(v) {
    await pool.query(SQL.restore);
    for (const s of tenants) {
      for (const t of ['audit_log_live', 'audit_log_events']) await pool.query(`ALTER TABLE "${s}".audit_log ENABLE TRIGGER ${t}`);
      if (v.includes('no-live') || v === 'bare') await pool.query(`ALTER TABLE "${s}".audit_log DISABLE TRIGGER audit_log_live`);
      if (v.includes('no-wake') || v === 'bare') await pool.query(`ALTER TABLE "${s}".audit_log DISABLE TRIGGER audit_log_events`);
    }
    if (v.includes('no-chain') || v === 'bare') await pool.query(SQL.nochain);
    if (v.includes('oldchain')) { const m = readFileSync('migrations/public/002_audit.sql', 'utf8'); const a = m.indexOf('CREATE FUNCTION public.audit_log_chain()'); const b = m.indexOf('$$;', a) + 3; await pool.query(m.slice(a, b).replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')); }
    if (v.includes('inline')) await pool.query(readFileSync('/work/scratch/chain-inline.sql', 'utf8'));
    if (v.includes('nohash')) await pool.query(SQL.restore.replace(/NEW.hash := public.audit_hash[\s\S]*?\)\)\);/, "NEW.hash := '';"));
    if (v.includes('no-lock')) await pool.query(SQL.restore.replace(/PERFORM pg_advisory_xact_lock[^;]*;/, '').replace('NEW.seq := coalesce(head_seq, 0) + 1;', 'NEW.seq := coalesce(head_seq, 0) + 1 + (random() * 1e12)::bigint;'));
    if (v.includes('static')) {
      for (const s of tenants) {
        await pool.query(SQL.restore.replace(/public\.audit_log_chain\(\)/, `"${s}".audit_log_chain()`).replace(/EXECUTE format\('SELECT seq, hash FROM %I.audit_log ORDER BY seq DESC LIMIT 1', TG_TABLE_SCHEMA\)\s*INTO head_seq, head_hash;/, `SELECT seq, hash INTO head_seq, head_hash FROM "${s}".audit_log ORDER BY seq DESC LIMIT 1;`));
        await pool.query(`DROP TRIGGER audit_log_chain ON "${s}".audit_log`);
        await pool.query(`CREATE TRIGGER audit_log_chain BEFORE INSERT ON "${s}".audit_log FOR EACH ROW EXECUTE FUNCTION "${s}".audit_log_chain()`);
      }
    } else {
      for (const s of tenants) {
        await pool.query(`DROP TRIGGER audit_log_chain ON "${s}".audit_log`);
        await pool.query(`CREATE TRIGGER audit_log_chain BEFORE INSERT ON "${s}".audit_log FOR EACH ROW EXECUTE FUNCTION public.audit_log_chain()`);
      }
    }
  }
  async function run(v) {
    fnChanges = v.includes('fn');
    await setVariant(v);
    const audited = v !== 'plain';
    let next = 0;
    const t0 = process.hrtime.bigint();
    await Promise.all(Array.from({ length: C }, async () => {
      const c = await pool.connect();
      await c.query(`SET synchronous_commit = ${SYNC}`);
      try {
        while (next < N) {
          const i = next++;
          const s = tenants[i % tenants.length];
          const params = ['Ada', `L${i}`, 'ada@example.com'];
          if (audited) params.push('user', actor, '127.0.0.1', `req-${i}`);
          await c.query(sqlFor(s, audited), params);
        }
      } finally { await c.query('RESET synchronous_commit'); c.release(); }
    }));
    return Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const variants = (process.env.VARIANTS ?? 'plain,full,fn,fn+no-wake,fn+no-wake+static,fn+no-wake+static+no-live,bare').split(',');
  const res = Object.fromEntries(variants.map((v) => [v, []]));
  await run('plain'); await run('full');
  for (let r = 0; r < 3; r += 1) for (const v of variants) res[v].push(await run(v));
  const med = (xs) => [...xs].sort((a, b) => a - b)[1];
  const base = med(res.plain);
  for (const v of variants) console.log(`${v.padEnd(18)} ${(med(res[v]) * 1000 / N).toFixed(0)} us/insert  ${(N / med(res[v]) * 1000).toFixed(0)}/s  x${(med(res[v]) / base).toFixed(2)} of plain`);
} finally {
  await pool.end();
  await admin.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
  await admin.end();
  await embedded?.stop?.();
}
