import { readFileSync } from 'node:fs';
import type { PoolConfig } from 'pg';
import type { Env } from '../config/env.validation.js';

type PoolEnv = Pick<
  Env,
  | 'DATABASE_POOL_MAX'
  | 'DATABASE_SSL'
  | 'DATABASE_SSL_CA'
  | 'DATABASE_CONNECT_TIMEOUT_MS'
  | 'DATABASE_STATEMENT_TIMEOUT_MS'
>;

/** TLS settings for `pg`: `require` encrypts like libpq's sslmode=require; `verify` also checks the certificate. */
export function sslConfig(env: Pick<Env, 'DATABASE_SSL' | 'DATABASE_SSL_CA'>): PoolConfig['ssl'] {
  switch (env.DATABASE_SSL) {
    case 'off':
      return false;
    case 'require':
      return { rejectUnauthorized: false };
    case 'verify':
      return env.DATABASE_SSL_CA
        ? { rejectUnauthorized: true, ca: readFileSync(env.DATABASE_SSL_CA, 'utf8') }
        : { rejectUnauthorized: true };
  }
}

/** One bounded pool for the whole process: its size comes from configuration, never from the tenant count. */
export function poolConfig(connectionString: string, env: PoolEnv): PoolConfig {
  return {
    connectionString,
    max: env.DATABASE_POOL_MAX,
    ssl: sslConfig(env),
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 10_000,
    statement_timeout: env.DATABASE_STATEMENT_TIMEOUT_MS,
    application_name: 'multi-tenant-backend',
  };
}
