import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Pool } from 'pg';
import type { Env } from '../config/env.validation.js';
import { MIGRATIONS_DIR, PG_POOL } from './database.constants.js';
import { migrateAll } from './migrator.js';
import { tenantSchema } from './tenant-schema.js';

/** With MIGRATE_ON_START (the default outside production), brings every schema up to date before serving. */
@Injectable()
export class StartupMigrations implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(MIGRATIONS_DIR) private readonly dir: string,
    private readonly config: ConfigService<Env, true>,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.get('MIGRATE_ON_START', { infer: true })) return;
    const result = await migrateAll(this.pool, this.dir, {
      concurrency: this.config.get('MIGRATE_CONCURRENCY', { infer: true }),
      schemaOf: tenantSchema,
    });
    this.logger.log(
      `${result.shared} shared applied; ${result.applied} applied across ${result.tenants} tenant schemas`,
    );
    // The app still starts: a failed tenant's requests get a 503 from the resolver until its schema migrates.
    for (const f of result.failed) this.logger.error(`Tenant ${f.id}: migration failed: ${f.error}`);
  }
}
