import { existsSync } from 'node:fs';
import { Pool } from 'pg';
import { type Env, validateEnv } from '../config/env.validation.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { poolConfig } from './pool-config.js';

/** What a command-line tool (migrate, audit:verify) works with; `close()` ends the pool and any embedded server. */
export interface CliDatabase {
  env: Env;
  pool: Pool;
  close(): Promise<void>;
}

/**
 * The configuration (`.env` included) and a pool on DATABASE_URL, or on the embedded PostgreSQL when it is unset,
 * as the app itself would connect.
 */
export async function openCliDatabase(): Promise<CliDatabase> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env = validateEnv(process.env);
  const embedded = env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT });
  const pool = new Pool(poolConfig(env.DATABASE_URL ?? embedded!.url, env));
  // A dropped idle connection must not kill the tool; the query that needed it reports the error.
  pool.on('error', () => undefined);
  return {
    env,
    pool,
    close: async () => {
      await pool.end();
      await embedded?.stop();
    },
  };
}
