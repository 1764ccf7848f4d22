import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env.validation.js';
import type { PoolClient } from 'pg';
import { DatabaseService } from '../database/database.service.js';
import { JobQueue } from '../jobs/job-queue.js';
import { JobScheduler } from '../jobs/job-scheduler.js';
import type { Tenant } from '../tenancy/tenant.entity.js';
import { TenantPoolRepository } from './tenant-pool.repository.js';

export const REFILL_JOB = 'tenants.pool-refill';
const REFILL = { name: REFILL_JOB, options: { singletonKey: REFILL_JOB, maxAttempts: 3 } };
/** A periodic top-up besides the one each claim enqueues: a pool emptied while no worker ran fills again. */
const REFILL_PERIOD_MS = 60_000;

/**
 * Pending tenants (TENANT_POOL_SIZE > 0): schemas created and migrated ahead of sign-up, so POST /api/tenants only
 * claims one (one short transaction) instead of running every tenant migration. The pool is refilled by a job of the
 * durable queue (in whichever process runs workers), one pending tenant per transaction: a crash or a failing
 * migration leaves whole pending tenants or nothing.
 */
@Injectable()
export class TenantPool implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('TenantPool');
  readonly size: number;

  constructor(
    private readonly db: DatabaseService,
    private readonly repository: TenantPoolRepository,
    private readonly jobs: JobQueue,
    private readonly scheduler: JobScheduler,
    config: ConfigService<Env, true>,
  ) {
    this.size = config.get('TENANT_POOL_SIZE', { infer: true });
  }

  onModuleInit(): void {
    if (this.size === 0) return;
    this.jobs.register(REFILL_JOB, { handle: () => this.refill(), defaults: { timeoutMs: 600_000 } });
    this.scheduler.every(REFILL_JOB, REFILL_PERIOD_MS, REFILL);
  }

  onApplicationBootstrap(): void {
    this.requestRefill();
  }

  /**
   * Enqueues a refill (a no-op while one is queued). Called after a claim commits rather than inside its
   * transaction: the singleton job row would make concurrent sign-ups wait for each other's commits.
   */
  requestRefill(): void {
    if (this.size === 0) return;
    this.jobs.enqueueNow(REFILL).catch((err: Error) => this.logger.warn(`Could not enqueue a refill: ${err.message}`));
  }

  /**
   * Turns a pending tenant into `fields` inside `tx` (the caller's create transaction), or returns undefined when the
   * pool is off or empty (the caller provisions as without a pool). A pending schema left behind by a newer release's
   * migrations is brought up to date here, in the same transaction.
   */
  async claim(tx: PoolClient, fields: { name: string; domain: string }): Promise<Tenant | undefined> {
    if (this.size === 0) return undefined;
    const pending = await this.repository.lockOne(tx);
    if (!pending) return undefined;
    if (this.db.isSchemaBehind(pending.schema_version)) await this.db.migrateTenant(tx, pending.id);
    return this.repository.activate(tx, pending.id, fields);
  }

  /** Brings pending schemas up to date, then adds pending tenants until there are `size`. Returns how many it added. */
  async refill(): Promise<number> {
    for (const p of await this.repository.pending()) {
      if (this.db.isSchemaBehind(p.schema_version)) await this.db.transaction((tx) => this.db.migrateTenant(tx, p.id));
    }
    let added = 0;
    while (await this.db.transaction((tx) => this.addOne(tx))) added += 1;
    if (added > 0) this.logger.log(`Added ${added} pending tenant(s) to the pool`);
    return added;
  }

  /** One pending tenant (row, schema, every migration) in one transaction; false when the pool is already full. */
  private async addOne(tx: PoolClient): Promise<boolean> {
    await this.repository.lockRefill(tx);
    if ((await this.repository.pending(tx)).length >= this.size) return false;
    const id = await this.repository.insertPending(tx);
    await this.db.migrateTenant(tx, id);
    return true;
  }
}
