import { readFileSync } from 'node:fs';
import type { PoolConfig } from 'pg';
import type { Env } from '../config/env.validation.js';

type PoolEnv = Pick<
  Env,
  | 'DATABASE_POOL_MAX'
  | 'DATABASE_SSL'
  | 'DATABASE_SSL_CA'
  | 'DATABASE_CONNECT_TIMEOUT_MS'
  | 'DATABASE_QUERY_TIMEOUT_MS'
  | 'DATABASE_POOL_MAX_LIFETIME_SECONDS'
  | 'DATABASE_POOL_MAX_USES'
  | 'DATABASE_POOL_IDLE_TIMEOUT_MS'
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

/**
 * One bounded pool for the whole process: its size comes from configuration, never from the tenant count.
 * No session settings travel as startup parameters: PgBouncer refuses every one it does not know
 * (`statement_timeout`, `options`), so the statement timeout is applied per statement instead (DatabaseService).
 * `query_timeout` is the client's own bound for a server that stopped answering, which no server setting covers.
 * Connections are recycled by age and by use: a PostgreSQL backend keeps the catalog entries of every tenant table it
 * touched until it exits (pg-pool closes a client when it is released or idle past its lifetime, or at its use count).
 */
export function poolConfig(connectionString: string, env: PoolEnv): PoolConfig {
  return {
    connectionString,
    max: env.DATABASE_POOL_MAX,
    ssl: sslConfig(env),
    connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS,
    // 0 means never in our setting; pg-pool reads a falsy idleTimeoutMillis as never too.
    idleTimeoutMillis: env.DATABASE_POOL_IDLE_TIMEOUT_MS,
    query_timeout: env.DATABASE_QUERY_TIMEOUT_MS,
    application_name: 'multi-tenant-backend',
    // 0 means never in both settings; pg-pool 3.14 turns a falsy maxUses into Infinity, done here explicitly.
    maxLifetimeSeconds: env.DATABASE_POOL_MAX_LIFETIME_SECONDS,
    maxUses: env.DATABASE_POOL_MAX_USES > 0 ? env.DATABASE_POOL_MAX_USES : Infinity,
  };
}
