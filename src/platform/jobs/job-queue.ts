import { Injectable } from '@nestjs/common';
import type { Queryable } from '../database/database.service.js';
import { DatabaseService } from '../database/database.service.js';
import type { JobHandlerDefinition, JobOptions, NewJob } from './job.types.js';
import { JobsRepository } from './jobs.repository.js';

const DEFAULT_OPTIONS: JobOptions = { maxAttempts: 5, backoffMs: 5_000, maxBackoffMs: 3_600_000, timeoutMs: 60_000 };

/**
 * Enqueues jobs and holds the handlers. `enqueue(tx, …)` writes the job in the caller's transaction: if the change
 * rolls back, there is no job. Modules register their handlers in `onModuleInit`.
 */
@Injectable()
export class JobQueue {
  private readonly handlers = new Map<string, JobHandlerDefinition<never>>();

  constructor(
    private readonly repository: JobsRepository,
    private readonly db: DatabaseService,
  ) {}

  register<D>(name: string, definition: JobHandlerDefinition<D>): void {
    if (this.handlers.has(name)) throw new Error(`A handler for job "${name}" is already registered`);
    this.handlers.set(name, definition as JobHandlerDefinition<never>);
  }

  handler(name: string): JobHandlerDefinition<unknown> | undefined {
    return this.handlers.get(name) as JobHandlerDefinition<unknown> | undefined;
  }

  /** The job's id, or null when a pending job holds the same singleton key. */
  enqueue<D>(tx: Queryable, job: NewJob<D>): Promise<string | null> {
    return this.repository.insert(tx, {
      name: job.name,
      tenantId: job.tenantId ?? null,
      data: job.data ?? {},
      options: this.optionsFor(job),
    });
  }

  /** Outside a transaction, for jobs no change depends on (schedules, operator actions). */
  enqueueNow<D>(job: NewJob<D>): Promise<string | null> {
    return this.enqueue(this.db, job);
  }

  optionsFor(job: Pick<NewJob, 'name' | 'options'>): JobOptions {
    return { ...DEFAULT_OPTIONS, ...this.handlers.get(job.name)?.defaults, ...job.options };
  }
}
