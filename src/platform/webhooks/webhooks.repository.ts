import { Injectable } from '@nestjs/common';
import type { Cursor } from '../common/pagination.js';
import type { Queryable } from '../database/database.service.js';
import { TenantConnection } from '../tenancy/tenant-connection.js';
import type { WebhookAttempt, WebhookSubscription } from './webhook.entity.js';

const COLUMNS = 'id, url, events, active, status, failing_since, created_at, updated_at';
const ATTEMPT_COLUMNS =
  'id, delivery_id, event_id, event_type, attempt, status_code, latency_ms, error, succeeded, created_at';

export interface SubscriptionInput {
  url?: string;
  events?: string[];
  active?: boolean;
}

/** The current tenant's webhook tables, through its `TenantConnection` (requests and job handlers alike). */
@Injectable()
export class WebhooksRepository {
  constructor(private readonly db: TenantConnection) {}

  private get subscriptions(): string {
    return this.db.table('webhook_subscriptions');
  }

  private get attempts(): string {
    return this.db.table('webhook_attempts');
  }

  /**
   * A CTE for the statement that may make a subscription active: when none is active yet, the audit log has not
   * been dispatched (migrations/public/009), so the event cursor moves to the log's end and the new subscriber only
   * hears of changes from now on. `activates` is SQL for "this statement leaves the subscription active".
   */
  private startDispatch(activates: string): string {
    return `start AS (
         UPDATE ${this.db.table('event_cursor')} SET seq = (SELECT coalesce(max(seq), 0) FROM ${this.db.table('audit_log')})
         WHERE ${activates} AND NOT EXISTS (SELECT 1 FROM ${this.subscriptions} WHERE active)
       )`;
  }

  async create(input: Required<Pick<SubscriptionInput, 'url' | 'events'>> & SubscriptionInput, secret: string) {
    const { rows } = await this.db.queryQualified<WebhookSubscription & { secret: string }>(
      `WITH ${this.startDispatch('coalesce($3, true)')}
       INSERT INTO ${this.subscriptions} (url, events, active, secret) VALUES ($1, $2, coalesce($3, true), $4)
       RETURNING ${COLUMNS}, secret`,
      [input.url, input.events, input.active ?? null, secret],
    );
    return rows[0];
  }

  async list(limit: number, after?: Cursor): Promise<WebhookSubscription[]> {
    const { rows } = await this.db.queryQualified<WebhookSubscription>(
      `SELECT ${COLUMNS} FROM ${this.subscriptions}
       WHERE $2::timestamptz IS NULL OR (created_at, id) < ($2, $3::uuid)
       ORDER BY created_at DESC, id DESC LIMIT $1`,
      [limit, after?.created_at ?? null, after?.id ?? null],
    );
    return rows;
  }

  async findById(id: string): Promise<WebhookSubscription | undefined> {
    const { rows } = await this.db.queryQualified<WebhookSubscription>(
      `SELECT ${COLUMNS} FROM ${this.subscriptions} WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** With the secret: only the delivery job reads it. */
  async findForDelivery(id: string): Promise<(WebhookSubscription & { secret: string }) | undefined> {
    const { rows } = await this.db.queryQualified<WebhookSubscription & { secret: string }>(
      `SELECT ${COLUMNS}, secret FROM ${this.subscriptions} WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** Any saved change also clears `failing`: the admin has looked at the subscription, deliveries resume. */
  async update(id: string, input: SubscriptionInput): Promise<WebhookSubscription | undefined> {
    const { rows } = await this.db.queryQualified<WebhookSubscription>(
      `WITH ${this.startDispatch('coalesce($4, false)')}
       UPDATE ${this.subscriptions}
       SET url = coalesce($2, url), events = coalesce($3, events), active = coalesce($4, active),
           status = 'healthy', failing_since = NULL, updated_at = date_trunc('milliseconds', statement_timestamp())
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, input.url ?? null, input.events ?? null, input.active ?? null],
    );
    return rows[0];
  }

  async remove(id: string): Promise<boolean> {
    const { rowCount } = await this.db.queryQualified(`DELETE FROM ${this.subscriptions} WHERE id = $1`, [id]);
    return (rowCount ?? 0) > 0;
  }

  async setStatus(id: string, status: 'healthy' | 'failing'): Promise<void> {
    await this.db.queryQualified(
      `UPDATE ${this.subscriptions}
       SET status = $2, failing_since = CASE WHEN $2 = 'failing' THEN coalesce(failing_since, now()) END
       WHERE id = $1 AND status <> $2`,
      [id, status],
    );
  }

  /** Active, healthy subscriptions and their event types, read inside the dispatching transaction. */
  async deliverable(tx: Queryable): Promise<{ id: string; events: string[] }[]> {
    const { rows } = await tx.query<{ id: string; events: string[] }>(
      `SELECT id, events FROM ${this.subscriptions} WHERE active AND status = 'healthy'`,
    );
    return rows;
  }

  async recordAttempt(attempt: Omit<WebhookAttempt, 'id' | 'created_at'> & { subscription_id: string }) {
    await this.db.queryQualified(
      `INSERT INTO ${this.attempts}
         (subscription_id, delivery_id, event_id, event_type, attempt, status_code, latency_ms, error, succeeded)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        attempt.subscription_id,
        attempt.delivery_id,
        attempt.event_id,
        attempt.event_type,
        attempt.attempt,
        attempt.status_code,
        attempt.latency_ms,
        attempt.error,
        attempt.succeeded,
      ],
    );
  }

  async listAttempts(subscriptionId: string, limit: number, after?: Cursor): Promise<WebhookAttempt[]> {
    const { rows } = await this.db.queryQualified<WebhookAttempt>(
      `SELECT ${ATTEMPT_COLUMNS} FROM ${this.attempts}
       WHERE subscription_id = $1 AND ($3::timestamptz IS NULL OR (created_at, id) < ($3, $4::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $2`,
      [subscriptionId, limit, after?.created_at ?? null, after?.id ?? null],
    );
    return rows;
  }
}
