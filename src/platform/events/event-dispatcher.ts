import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Queryable } from '../database/database.service.js';
import { JobQueue } from '../jobs/job-queue.js';
import { JobWorker } from '../jobs/job-worker.js';
import type { JobContext } from '../jobs/job.types.js';
import { TenantConnection } from '../tenancy/tenant-connection.js';
import { WebhookDeliveryJob } from '../webhooks/webhook-delivery.job.js';
import { eventIdFor, eventTypesFor } from '../webhooks/webhook-events.js';
import { EventBus } from './event-bus.js';

export const DISPATCH_JOB = 'events.dispatch';
const BATCH = 500;

interface AuditRow {
  seq: string;
  id: string;
  created_at: Date;
  action: string;
  resource: string;
  resource_id: string | null;
  changes: Record<string, unknown> | null;
}

/**
 * The `events.dispatch` job (queued by the audit log's trigger while the tenant has an active webhook subscription,
 * migrations/public/009): reads the tenant's audit rows past its cursor, and in one transaction enqueues a webhook
 * delivery per subscriber and moves the cursor. A rerun after a crash starts from the committed cursor: each event
 * reaches each subscription once. Sockets get their events from the trigger's NOTIFY, not from here.
 */
@Injectable()
export class EventDispatcher implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly db: TenantConnection,
    private readonly webhooks: WebhookDeliveryJob,
    private readonly bus: EventBus,
    private readonly worker: JobWorker,
  ) {}

  async onModuleInit(): Promise<void> {
    this.jobs.register(DISPATCH_JOB, { handle: (job) => this.dispatch(job) });
    // Each committed change NOTIFYs (migrations/public/007): this process's workers claim its dispatch at once.
    if (this.worker.enabled) await this.bus.subscribe((m) => m.kind === 'jobs' && this.worker.nudge());
  }

  private async dispatch(job: JobContext): Promise<{ events: number }> {
    const tenantId = job.tenantId!;
    let total = 0;
    for (;;) {
      const { read, events } = await this.db.transaction((tx) => this.batch(tx, tenantId));
      total += events;
      if (read < BATCH || job.signal.aborted) return { events: total };
    }
  }

  private async batch(tx: Queryable, tenantId: string): Promise<{ read: number; events: number }> {
    // The row lock makes concurrent dispatchers of one tenant take turns.
    const { rows: cursor } = await tx.query<{ seq: string }>('SELECT seq FROM event_cursor FOR UPDATE');
    const { rows } = await tx.query<AuditRow>(
      `SELECT seq, id, created_at, action, resource, resource_id, changes FROM audit_log
       WHERE seq > $1 ORDER BY seq LIMIT ${BATCH}`,
      [cursor[0].seq],
    );
    const subscriptions = rows.length > 0 ? await this.webhooks.subscriptions(tx) : [];
    let events = 0;
    for (const row of rows) {
      for (const [index, type] of eventTypesFor(row.action, row.resource, row.changes).entries()) {
        const event = {
          id: eventIdFor(row.id, index),
          type,
          tenant_id: tenantId,
          occurred_at: row.created_at.toISOString(),
          data: { id: row.resource_id, changes: row.changes },
        };
        await this.webhooks.enqueue(tx, tenantId, event, subscriptions);
        events += 1;
      }
    }
    if (rows.length > 0) await tx.query('UPDATE event_cursor SET seq = $1', [rows[rows.length - 1].seq]);
    return { read: rows.length, events };
  }
}
