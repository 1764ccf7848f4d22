import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__E2E__;
  if (!state) return;
  state.pgbouncer?.stop();
  const client = new pg.Client({ connectionString: state.adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${state.database} WITH (FORCE)`);
  await client.end();
  await state.embedded?.stop();
}
