import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import pg from 'pg';
import type { Env } from '../config/env.validation.js';
import { EMBEDDED_POSTGRES } from '../database/database.constants.js';
import type { EmbeddedPostgresHandle } from '../database/embedded-postgres.js';
import { retryDelayMs } from '../jobs/backoff.js';

export const EVENTS_CHANNEL = 'mtb_events';

/** An audit row of a CRUD write, as its trigger announces it (migrations/public/009): names, never values. */
export interface AuditAnnouncement {
  kind: 'audit';
  tenant_id: string;
  id: string;
  seq: number;
  /** Microseconds since the epoch, as text. */
  created_at: string;
  action: 'create' | 'update' | 'delete';
  resource: string;
  resource_id: string | null;
  changed: string[];
}

/** What crosses replicas: a committed audit row (sockets' events, a deleted user), or "jobs are waiting". */
export type BusMessage = AuditAnnouncement | { kind: 'jobs' };

/**
 * Real-time messages for every replica: PostgreSQL NOTIFY from the audit log's row trigger, inside the transaction
 * of the change (delivered on commit, never on rollback), LISTEN on one dedicated session connection per process that has sockets. The connection is
 * opened on the first subscriber (so `npm run worker` never opens it) and reopened with backoff when lost;
 * messages sent while it was down are missed (sockets are a live feed; webhooks are the durable path).
 */
@Injectable()
export class EventBus implements OnApplicationShutdown {
  private readonly logger = new Logger(EventBus.name);
  private readonly listeners = new Set<(message: BusMessage) => void>();
  private client?: pg.Client;
  private stopped = false;
  private attempt = 0;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly config: ConfigService<Env, true>,
    @Inject(EMBEDDED_POSTGRES) private readonly embedded: EmbeddedPostgresHandle | null,
  ) {}

  async subscribe(listener: (message: BusMessage) => void): Promise<void> {
    this.listeners.add(listener);
    if (!this.client && !this.timer) await this.connect();
  }

  get isListening(): boolean {
    return this.client !== undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    // LISTEN needs a session: behind PgBouncer in transaction mode it goes direct, as the change channel does.
    const url =
      this.config.get('DATABASE_DIRECT_URL', { infer: true }) ??
      this.config.get('DATABASE_URL', { infer: true }) ??
      this.embedded!.url;
    const client = new pg.Client({
      connectionString: url,
      keepAlive: true,
      application_name: `mtb-events-${process.pid}`,
    });
    client.on('notification', (n) => {
      if (n.channel !== EVENTS_CHANNEL || !n.payload) return;
      let message: BusMessage;
      try {
        message = JSON.parse(n.payload) as BusMessage;
      } catch {
        return;
      }
      for (const listener of this.listeners) listener(message);
    });
    client.on('error', (err) => this.lost(client, err.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      this.client = client;
      this.attempt = 0;
    } catch (err) {
      await client.end().catch(() => undefined);
      this.retry((err as Error).message);
    }
  }

  private lost(client: pg.Client, reason: string): void {
    if (client !== this.client || this.stopped) return;
    this.client = undefined;
    this.retry(reason);
  }

  private retry(reason: string): void {
    if (this.stopped || this.timer) return;
    const delay = retryDelayMs(this.attempt + 1, 100, 5_000);
    if (this.attempt % 10 === 0) this.logger.warn(`Event channel ${reason}; reconnecting in ${delay} ms`);
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.connect();
    }, delay);
    this.timer.unref();
  }
}
