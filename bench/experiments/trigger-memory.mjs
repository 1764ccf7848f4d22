// Experiment 5: what one PostgreSQL backend keeps per tenant after writing to many tenants' audit logs. Migrates T
// tenant schemas with the app's own migrator, then, on one fresh connection, inserts one audit row into each
// tenant's audit_log and reads the backend's memory from pg_backend_memory_contexts (PostgreSQL 14+) before and
// after, with the largest contexts. Variants: the trigger as migrated (one row trigger, each tenant's own function,
// public/013), the three shared trigger functions it replaced (public/009, 011, 012), and a plain insert into each
// tenant's contacts without any audit row. PL/pgSQL compiles a trigger function once per table it fires on, so every
// variant grows per tenant; the differences are compiled functions and cached plans. Also timed: the first write
// into each tenant on that connection, which pays for loading the catalog and compiling the trigger. Needs
// `npm run build`. See README.md.
//
//   node bench/experiments/trigger-memory.mjs [--tenants=200]
import { parseArgs } from 'node:util';
import pg from 'pg';
import { exitAfter, migrateTenantSchemas, openScratchDatabase } from './lib/scratch-database.mjs';


const { values } = parseArgs({ options: { tenants: { type: 'string', default: '200' } } });
const TENANTS = Math.min(2000, Math.max(1, Number(values.tenants)));

const disarmWatchdog = exitAfter(10);

const mb = (bytes) => (Number(bytes) / 1048576).toFixed(1);

async function main() {
  const db = await openScratchDatabase('trigger-memory');
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  pool.on('error', () => undefined);
  try {
    const schemas = await migrateTenantSchemas(pool, TENANTS, { progressEvery: 100 });
    const lines = [
      `## One backend's memory after one audit row in each of ${TENANTS} tenants (PostgreSQL ` +
        `${(await pool.query('SHOW server_version')).rows[0].server_version})`,
      '',
    ];
    const variants = [
      ['three shared trigger functions (public/009, 011, 012: chain, live events, webhook wake)', 'shared'],
      ["as migrated: one row trigger, the tenant's own function (public/013)", 'own'],
      ['no audit row (a plain insert into each tenant contacts table)', 'plain'],
    ];
    // Unmeasured: one pass over every tenant on a throwaway connection, so that every variant finds the catalog's
    // pages in shared buffers (the first pass after migrating reads them from disk and would penalise whichever
    // variant ran first).
    const warm = new pg.Client({ connectionString: db.url });
    await warm.connect();
    await warm.query('SET synchronous_commit = off');
    for (const s of schemas) {
      await warm.query(`INSERT INTO "${s}".contacts (first_name) VALUES ('Warm')`);
      await warm.query(
        `INSERT INTO "${s}".audit_log (actor_type, action, resource) VALUES ('platform', 'create', 'x')`,
      );
    }
    await warm.end();
    for (const [title, variant] of variants) {
      const shared = variant === 'shared';
      for (const s of schemas) {
        const table = `"${s}".audit_log`;
        if (shared) {
          await pool.query(
            `CREATE OR REPLACE TRIGGER audit_log_chain BEFORE INSERT ON ${table} FOR EACH ROW ` +
              'EXECUTE FUNCTION public.audit_log_chain()',
          );
          await pool.query(
            `CREATE OR REPLACE TRIGGER audit_log_live AFTER INSERT ON ${table} FOR EACH ROW ` +
              'EXECUTE FUNCTION public.audit_live_notify()',
          );
          await pool.query(
            `CREATE OR REPLACE TRIGGER audit_log_events AFTER INSERT ON ${table} FOR EACH STATEMENT ` +
              'EXECUTE FUNCTION public.events_wake()',
          );
        } else {
          for (const name of ['audit_log_chain', 'audit_log_live', 'audit_log_events']) {
            await pool.query(`DROP TRIGGER IF EXISTS ${name} ON ${table}`);
          }
        }
        await pool.query(`ALTER TABLE ${table} ${shared ? 'DISABLE' : 'ENABLE'} TRIGGER audit_log_row`);
      }
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      // Each write commits on its own: without this the timing would be the disk's flush, not the first-write work.
      await client.query('SET synchronous_commit = off');
      try {
        const total = async () =>
          (await client.query('SELECT sum(total_bytes)::bigint AS b FROM pg_backend_memory_contexts')).rows[0].b;
        const before = await total();
        const started = process.hrtime.bigint();
        for (const s of schemas) {
          await client.query(
            variant === 'plain'
              ? `INSERT INTO "${s}".contacts (first_name) VALUES ('Ada')`
              : `INSERT INTO "${s}".audit_log (actor_type, action, resource) VALUES ('platform', 'create', 'x')`,
          );
        }
        const firstWriteUs = Number(process.hrtime.bigint() - started) / 1000 / TENANTS;
        const after = await total();
        const { rows } = await client.query(
          `SELECT name, count(*)::int AS n, sum(total_bytes)::bigint AS bytes FROM pg_backend_memory_contexts
           GROUP BY name ORDER BY sum(total_bytes) DESC LIMIT 6`,
        );
        lines.push(
          `### ${title}`,
          '',
          `backend memory ${mb(before)} -> ${mb(after)} MB: ${((after - before) / TENANTS / 1024).toFixed(0)} KB per ` +
            `tenant; the first write into each tenant took ${firstWriteUs.toFixed(0)} us (client wall time)`,
          '',
          '| memory context | count | MB |',
          '|---|---|---|',
          ...rows.map((r) => `| ${r.name} | ${r.n} | ${mb(r.bytes)} |`),
          '',
        );
      } finally {
        await client.end();
      }
    }
    process.stdout.write(lines.join('\n'));
  } finally {
    await pool.end();
    await db.drop();
    disarmWatchdog();
  }
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(1);
});
