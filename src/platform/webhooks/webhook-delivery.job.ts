import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env.validation.js';
import type { Queryable } from '../database/database.service.js';
import { JobQueue } from '../jobs/job-queue.js';
import type { JobContext, JobOptions } from '../jobs/job.types.js';
import { sendWebhook } from './webhook-sender.js';
import { signWebhook } from './webhook-signer.js';
import type { WebhookEvent } from './webhook.entity.js';
import { WebhooksRepository } from './webhooks.repository.js';
import { WebhooksService } from './webhooks.service.js';

export const DELIVER_JOB = 'webhook.deliver';

interface DeliveryData {
  subscription_id: string;
  event: WebhookEvent;
}

/**
 * One delivery = one job: its id is the `webhook-id` header, the same on every retry, so receivers can drop
 * duplicates (a delivery runs at least once; a worker that dies after sending sends it again). Retries follow
 * the job's backoff for about a day (WEBHOOK_MAX_ATTEMPTS); after the last one the subscription is `failing`.
 */
@Injectable()
export class WebhookDeliveryJob implements OnModuleInit {
  private readonly timeoutMs: number;
  private readonly defaults: Partial<JobOptions>;

  constructor(
    private readonly jobs: JobQueue,
    private readonly repository: WebhooksRepository,
    private readonly webhooks: WebhooksService,
    config: ConfigService<Env, true>,
  ) {
    this.timeoutMs = config.get('WEBHOOK_TIMEOUT_MS', { infer: true });
    this.defaults = {
      maxAttempts: config.get('WEBHOOK_MAX_ATTEMPTS', { infer: true }),
      backoffMs: config.get('WEBHOOK_RETRY_BASE_MS', { infer: true }),
      maxBackoffMs: config.get('WEBHOOK_RETRY_MAX_MS', { infer: true }),
      timeoutMs: this.timeoutMs + 5_000,
    };
  }

  onModuleInit(): void {
    this.jobs.register<DeliveryData>(DELIVER_JOB, {
      defaults: this.defaults,
      handle: (job) => this.deliver(job),
      onDead: async (job) => this.repository.setStatus(job.data.subscription_id, 'failing'),
    });
  }

  /** The active, healthy subscriptions, read once per dispatched batch inside its transaction. */
  subscriptions(tx: Queryable): Promise<{ id: string; events: string[] }[]> {
    return this.repository.deliverable(tx);
  }

  /** One delivery job per subscriber of the event (among `subscriptions`, read if not given), inside the caller's transaction. */
  async enqueue(
    tx: Queryable,
    tenantId: string,
    event: WebhookEvent,
    subscriptions?: { id: string; events: string[] }[],
  ): Promise<number> {
    const subscribers = (subscriptions ?? (await this.subscriptions(tx))).filter((s) => s.events.includes(event.type));
    for (const s of subscribers) {
      await this.jobs.enqueue<DeliveryData>(tx, {
        name: DELIVER_JOB,
        tenantId,
        data: { subscription_id: s.id, event },
      });
    }
    return subscribers.length;
  }

  private async deliver(job: JobContext<DeliveryData>): Promise<unknown> {
    const subscription = await this.repository.findForDelivery(job.data.subscription_id);
    if (!subscription?.active) return { skipped: 'The subscription was deleted or deactivated' };
    const body = JSON.stringify(job.data.event);
    const timestamp = Math.floor(Date.now() / 1000);
    const result = await sendWebhook({
      url: subscription.url,
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'multi-tenant-backend-webhooks/1',
        'webhook-id': job.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(subscription.secret, job.id, timestamp, body),
      },
      timeoutMs: this.timeoutMs,
      allowedHosts: this.webhooks.allowedHosts,
      signal: job.signal,
    });
    await this.repository.recordAttempt({
      subscription_id: subscription.id,
      delivery_id: job.id,
      event_id: job.data.event.id,
      event_type: job.data.event.type,
      attempt: job.attempt,
      status_code: result.statusCode,
      latency_ms: result.latencyMs,
      error: result.error,
      succeeded: result.error === null,
    });
    if (result.error !== null) throw new Error(result.error);
    return { status_code: result.statusCode, latency_ms: result.latencyMs };
  }
}
