import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Env } from '../config/env.validation.js';
import { JobRunner } from './job-runner.js';
import { JobScheduler } from './job-scheduler.js';
import type { JobRow } from './job.types.js';
import { JobsRepository } from './jobs.repository.js';

/**
 * Claims jobs and runs up to JOBS_CONCURRENCY of them at a time, in this process (JOBS_WORKERS=on) or in
 * `npm run worker`. On shutdown it stops claiming, lets running jobs finish for JOBS_SHUTDOWN_TIMEOUT_MS,
 * then hands the rest back to the queue: a job is never lost, at worst run again (handlers are idempotent).
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly logger = new Logger(JobWorker.name);
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private stopping = false;
  private loop?: Promise<void>;
  private maintenance?: NodeJS.Timeout;
  private wake?: () => void;

  constructor(
    private readonly config: ConfigService<Env, true>,
    private readonly repository: JobsRepository,
    private readonly runner: JobRunner,
    private readonly scheduler: JobScheduler,
  ) {}

  get enabled(): boolean {
    return this.config.get('JOBS_WORKERS', { infer: true }) === 'on';
  }

  get inFlight(): number {
    return this.running.size;
  }

  /** Claims at once instead of at the next poll (a change just committed jobs). */
  nudge(): void {
    this.wake?.();
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.loop = this.claimLoop();
    const every = this.config.get('JOBS_MAINTENANCE_INTERVAL_MS', { infer: true });
    this.maintenance = setInterval(() => void this.maintain(), every);
    this.maintenance.unref();
    void this.maintain();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.loop) return;
    this.stopping = true;
    clearInterval(this.maintenance);
    this.wake?.();
    await this.loop;
    const grace = this.config.get('JOBS_SHUTDOWN_TIMEOUT_MS', { infer: true });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, grace)));
    await Promise.race([Promise.allSettled([...this.running.values()].map((r) => r.done)), timeout]);
    clearTimeout(timer);
    if (this.running.size === 0) return;
    // Released before the abort, so the handlers' failure reports find no job of theirs to count as failed.
    const ids = [...this.running.keys()];
    const released = await this.repository.release(ids, this.id);
    for (const { controller } of this.running.values()) controller.abort(new Error('The worker is shutting down'));
    this.logger.warn(`Returned ${released} unfinished job(s) to the queue on shutdown`);
  }

  private async claimLoop(): Promise<void> {
    const concurrency = this.config.get('JOBS_CONCURRENCY', { infer: true });
    const pollMs = this.config.get('JOBS_POLL_INTERVAL_MS', { infer: true });
    while (!this.stopping) {
      const free = concurrency - this.running.size;
      let claimed: JobRow[] = [];
      if (free > 0) {
        try {
          claimed = await this.repository.claim(this.id, free);
        } catch (err) {
          this.logger.warn(`Claiming jobs failed: ${(err as Error).message}`);
        }
        for (const job of claimed) this.start(job);
      }
      // A full batch suggests more are waiting: claim again at once; otherwise wait for a poll or a free slot.
      if (free > 0 && claimed.length === free) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private start(job: JobRow): void {
    const controller = new AbortController();
    const done = this.runner
      .run(job, this.id, controller)
      .catch((err: Error) => this.logger.error(`Job ${job.id} (${job.name}) could not be recorded: ${err.message}`))
      .finally(() => {
        this.running.delete(job.id);
        this.wake?.();
      });
    this.running.set(job.id, { controller, done });
  }

  private async maintain(): Promise<void> {
    try {
      const recovered = await this.repository.recoverExpiredLeases();
      if (recovered > 0) this.logger.warn(`Recovered ${recovered} job(s) of a worker that stopped`);
      const hours = this.config.get('JOBS_RETENTION_HOURS', { infer: true });
      await this.repository.deleteFinishedBefore(new Date(Date.now() - hours * 3_600_000));
      await this.scheduler.tick();
    } catch (err) {
      this.logger.warn(`Job maintenance failed: ${(err as Error).message}`);
    }
  }
}
