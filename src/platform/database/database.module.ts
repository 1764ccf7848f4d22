import { Global, Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { Pool, type PoolConfig } from 'pg';
import type { Env } from '../config/env.validation.js';
import {
  DATABASE_CONNECTION_URL,
  EMBEDDED_POSTGRES,
  MIGRATIONS_DIR,
  PG_HEALTH_POOL,
  PG_POOL,
} from './database.constants.js';
import { AffinityPool } from './affinity-pool.js';
import { DatabaseService } from './database.service.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres.js';
import { Metrics } from '../observability/metrics/metrics.js';
import { poolConfig } from './pool-config.js';
import { instrumentPool } from './pool-metrics.js';
import { StartupMigrations } from './startup-migrations.js';

// src/platform/database and dist/platform/database both sit three levels below the project root.
const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations', import.meta.url));

const HEALTH_CONNECT_TIMEOUT_MS = 2000;

function createPool(config: ConfigService<Env, true>, url: string, overrides: PoolConfig, shared = false): Pool {
  const settings: PoolConfig = {
    ...poolConfig(url, {
      DATABASE_POOL_MAX: config.get('DATABASE_POOL_MAX', { infer: true }),
      DATABASE_SSL: config.get('DATABASE_SSL', { infer: true }),
      DATABASE_SSL_CA: config.get('DATABASE_SSL_CA', { infer: true }),
      DATABASE_CONNECT_TIMEOUT_MS: config.get('DATABASE_CONNECT_TIMEOUT_MS', { infer: true }),
      DATABASE_QUERY_TIMEOUT_MS: config.get('DATABASE_QUERY_TIMEOUT_MS', { infer: true }),
      DATABASE_POOL_MAX_LIFETIME_SECONDS: config.get('DATABASE_POOL_MAX_LIFETIME_SECONDS', { infer: true }),
      DATABASE_POOL_MAX_USES: config.get('DATABASE_POOL_MAX_USES', { infer: true }),
      DATABASE_POOL_IDLE_TIMEOUT_MS: config.get('DATABASE_POOL_IDLE_TIMEOUT_MS', { infer: true }),
    }),
    ...overrides,
  };
  const pool = shared
    ? new AffinityPool(
        settings,
        config.get('DATABASE_POOL_PARTITIONS', { infer: true }) ?? 1,
        config.get('DATABASE_POOL_MAX_TENANTS_PER_CONNECTION', { infer: true }),
      )
    : new Pool(settings);
  const logger = new Logger('DatabasePool');
  // Without a listener, an idle client dropped by the server would crash the process.
  pool.on('error', (err) => logger.warn(`Idle database client failed: ${err.message}`));
  // The pool listens only while a client is idle. A checked-out client whose connection drops between two
  // statements (a transaction waiting on other work, a held export snapshot) emits `error` too, and would crash the
  // process; its next statement fails instead, and the transaction releases it as broken.
  pool.on('connect', (client) => {
    client.on('error', (err) => logger.warn(`Database connection lost while in use: ${err.message}`));
  });
  return pool;
}

@Global()
@Module({
  providers: [
    {
      provide: EMBEDDED_POSTGRES,
      inject: [ConfigService],
      useFactory: async (config: ConfigService<Env, true>): Promise<EmbeddedPostgresHandle | null> => {
        if (config.get('DATABASE_URL', { infer: true })) return null;
        const logger = new Logger('EmbeddedPostgres');
        const dir = config.get('EMBEDDED_PG_DIR', { infer: true });
        const handle = await startEmbeddedPostgres({
          dir,
          port: config.get('EMBEDDED_PG_PORT', { infer: true }),
          log: (line) => logger.warn(line),
        });
        logger.log(`DATABASE_URL is not set: started embedded PostgreSQL in ${dir}`);
        return handle;
      },
    },
    {
      provide: DATABASE_CONNECTION_URL,
      inject: [ConfigService, EMBEDDED_POSTGRES],
      useFactory: (config: ConfigService<Env, true>, embedded: EmbeddedPostgresHandle | null): string =>
        config.get('DATABASE_URL', { infer: true }) ?? embedded!.url,
    },
    {
      provide: PG_POOL,
      inject: [ConfigService, DATABASE_CONNECTION_URL, Metrics],
      useFactory: (config: ConfigService<Env, true>, url: string, metrics: Metrics): Pool => {
        const pool = createPool(config, url, {}, true);
        instrumentPool(pool, metrics);
        return pool;
      },
    },
    {
      // One connection of its own for the readiness ping, so a saturated shared pool still reads as "database up".
      provide: PG_HEALTH_POOL,
      inject: [ConfigService, DATABASE_CONNECTION_URL],
      useFactory: (config: ConfigService<Env, true>, url: string): Pool =>
        createPool(config, url, { max: 1, connectionTimeoutMillis: HEALTH_CONNECT_TIMEOUT_MS }),
    },
    {
      provide: MIGRATIONS_DIR,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) =>
        resolve(config.get('MIGRATIONS_DIR', { infer: true }) ?? DEFAULT_MIGRATIONS_DIR),
    },
    DatabaseService,
    StartupMigrations,
  ],
  // The embedded handle too: the change channel opens its own session connection to the same server.
  exports: [DatabaseService, EMBEDDED_POSTGRES],
})
export class DatabaseModule {}
