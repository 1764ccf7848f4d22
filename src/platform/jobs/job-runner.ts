import { Injectable, Logger } from '@nestjs/common';
import { Metrics } from '../observability/metrics/metrics.js';
import { TenantContext, type TenantRef } from '../tenancy/tenant-context.js';
import { TenantResolver } from '../tenancy/tenant-resolver.service.js';
import { retryDelayMs } from './backoff.js';
import { JobQueue } from './job-queue.js';
import type { JobContext, JobRow } from './job.types.js';
import { JobsRepository } from './jobs.repository.js';

class JobTimeoutError extends Error {}

function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** Runs one claimed job in its tenant's context, with its timeout, and records the outcome. */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly queue: JobQueue,
    private readonly repository: JobsRepository,
    private readonly resolver: TenantResolver,
    private readonly context: TenantContext,
    private readonly metrics: Metrics,
  ) {}

  async run(job: JobRow, workerId: string, controller: AbortController): Promise<void> {
    let tenant: TenantRef | undefined;
    if (job.tenant_id) {
      tenant = await this.resolver.resolve(job.tenant_id);
      if (!tenant) return this.repository.cancel(job.id, 'The tenant no longer exists');
    }
    const handler = this.queue.handler(job.name);
    const ctx: JobContext = {
      id: job.id,
      name: job.name,
      tenantId: job.tenant_id,
      data: job.data,
      attempt: job.attempts,
      maxAttempts: job.max_attempts,
      signal: controller.signal,
    };
    const timer = setTimeout(
      () => controller.abort(new JobTimeoutError(`Timed out after ${job.timeout_ms} ms`)),
      job.timeout_ms,
    );
    try {
      if (!handler) throw new Error(`No handler is registered for job "${job.name}"`);
      const result = await Promise.race([
        this.context.run(tenant, () => handler.handle(ctx), `job:${job.id}`),
        whenAborted(controller.signal),
      ]);
      await this.repository.complete(job.id, workerId, result);
      this.metrics.jobFinished(job.name, 'completed');
    } catch (err) {
      // When the job was aborted (timeout), the reason is the abort, whatever the handler threw in response.
      const cause: unknown = controller.signal.aborted ? controller.signal.reason : err;
      const message = cause instanceof Error ? cause.message : String(cause);
      const delay = retryDelayMs(job.attempts, job.backoff_ms, job.max_backoff_ms);
      const state = await this.repository.fail(job.id, workerId, message, delay);
      this.metrics.jobFinished(job.name, state === 'dead' ? 'dead' : 'failed');
      if (state === 'dead') {
        this.logger.warn(`Job ${job.id} (${job.name}) is dead after ${job.attempts} attempt(s): ${message}`);
        await this.context.run(tenant, () => handler?.onDead?.(ctx, message));
      }
    } finally {
      clearTimeout(timer);
    }
  }
}
