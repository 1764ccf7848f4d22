import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import pg from 'pg';
import type { Env } from '../config/env.validation.js';
import { EMBEDDED_POSTGRES } from '../database/database.constants.js';
import type { Queryable } from '../database/database.service.js';
import type { EmbeddedPostgresHandle } from '../database/embedded-postgres.js';
import { sslConfig } from '../database/pool-config.js';
import { backoffDelay } from './backoff.js';
import { CHANGES_CHANNEL, parseChange, type Change, type ChangeListener, type ChannelEvent } from './change.js';

const PING_INTERVAL_MS = 5_000;
const PING_TIMEOUT_MS = 3_000;
const BACKOFF_BASE_MS = 100;
const BACKOFF_MAX_MS = 5_000;

/**
 * Cache invalidations that reach every replica: PostgreSQL LISTEN/NOTIFY on one dedicated session connection per
 * process (DATABASE_DIRECT_URL when set, since LISTEN needs a session and PgBouncer in transaction mode has none).
 * `publish` notifies inside the caller's transaction, so a rolled-back change announces nothing and a committed
 * one is delivered after its commit. When the connection is lost the channel reconnects with backoff and emits
 * `reset` (subscribers clear their caches: notifications may have been missed); until then `trusts()` lets cached
 * entries live only CHANGE_CHANNEL_DEGRADED_TTL_MS.
 */
@Injectable()
export class ChangeChannel implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChangeChannel.name);
  private readonly listeners = new Set<ChangeListener>();
  private readonly clientConfig: pg.ClientConfig;
  private readonly degradedTtlMs: number;
  private client?: pg.Client;
  private downSince = Date.now();
  private attempt = 0;
  private reconnectTimer?: NodeJS.Timeout;
  private pingTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(config: ConfigService<Env, true>, @Inject(EMBEDDED_POSTGRES) embedded: EmbeddedPostgresHandle | null) {
    const url =
      config.get('DATABASE_DIRECT_URL', { infer: true }) ??
      config.get('DATABASE_URL', { infer: true }) ??
      embedded!.url;
    this.clientConfig = {
      connectionString: url,
      ssl: sslConfig({
        DATABASE_SSL: config.get('DATABASE_SSL', { infer: true }),
        DATABASE_SSL_CA: config.get('DATABASE_SSL_CA', { infer: true }),
      }),
      connectionTimeoutMillis: config.get('DATABASE_CONNECT_TIMEOUT_MS', { infer: true }),
      keepAlive: true,
      // Names this replica's listener in pg_stat_activity.
      application_name: `mtb-changes-${process.pid}`,
    };
    this.degradedTtlMs = config.get('CHANGE_CHANNEL_DEGRADED_TTL_MS', { infer: true });
  }

  /** Announces `change` when `tx` commits (and never if it rolls back). */
  async publish(tx: Queryable, change: Change): Promise<void> {
    await tx.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(change)]);
  }

  /** Calls `listener` for every change any replica commits, and with `reset` after the channel was lost. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get isConnected(): boolean {
    return this.client !== undefined;
  }

  /** How long the channel has been down (0 while connected). */
  downForMs(): number {
    return this.client ? 0 : Date.now() - this.downSince;
  }

  /** Whether an entry cached at `cachedAt` (ms) may still be used: always while connected, briefly while not. */
  trusts(cachedAt: number): boolean {
    return this.client !== undefined || Date.now() - cachedAt < this.degradedTtlMs;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.pingTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client(this.clientConfig);
    client.on('error', (err) => this.lost(client, err.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    client.on('notification', (message) => {
      const change = message.channel === CHANGES_CHANNEL ? parseChange(message.payload) : undefined;
      if (change) this.emit(change);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (err) {
      this.discard(client);
      this.retry(`connecting failed: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    if (this.stopped) return void client.end().catch(() => undefined);
    const downFor = Date.now() - this.downSince;
    const recovered = this.attempt > 0;
    this.client = client;
    this.attempt = 0;
    this.pingTimer = setInterval(() => void this.ping(client), PING_INTERVAL_MS).unref();
    if (recovered) this.logger.log(`Change channel is back after ${downFor} ms; caches cleared`);
    // Whatever was cached before this point may have missed a notification.
    this.emit({ type: 'reset' });
  }

  /** A session that stopped answering (a frozen server, a dead network path) is treated as lost. */
  private async ping(client: pg.Client): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('ping timed out')), PING_TIMEOUT_MS);
    });
    try {
      await Promise.race([client.query('SELECT 1'), timeout]);
    } catch (err) {
      this.lost(client, err instanceof Error ? err.message : String(err));
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(client: pg.Client, reason: string): void {
    if (client !== this.client) return;
    this.client = undefined;
    this.downSince = Date.now();
    clearInterval(this.pingTimer);
    this.discard(client);
    if (!this.stopped) this.retry(`connection lost: ${reason}`);
  }

  private retry(reason: string): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = backoffDelay(this.attempt, BACKOFF_BASE_MS, BACKOFF_MAX_MS);
    // Logged on the first failure and then every 10th, not at every attempt of a long outage.
    if (this.attempt % 10 === 0) this.logger.warn(`Change channel ${reason}; reconnecting in ${delay} ms`);
    this.attempt += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connect();
    }, delay).unref();
  }

  /** Closes a client without waiting for a server that may not answer. */
  private discard(client: pg.Client): void {
    client.removeAllListeners('notification');
    client.on('error', () => undefined);
    client.connection.stream.destroy();
    void client.end().catch(() => undefined);
  }

  private emit(event: ChannelEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (err) {
        this.logger.error(`Change listener failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
}
