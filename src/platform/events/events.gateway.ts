import { Logger, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import type { IncomingMessage } from 'node:http';
import type { RawData, WebSocket } from 'ws';
import { ChangeChannel } from '../changes/change-channel.js';
import type { Env } from '../config/env.validation.js';
import { type BusMessage, EventBus } from './event-bus.js';
import { liveEventsFor } from './live-event.js';
import { LISTENER_RENEW_MS, LiveListenersRepository } from './live-listeners.repository.js';
import { CLOSE, SocketAuthenticator, SocketAuthError } from './socket-auth.js';
import { type LiveSocket, SocketRegistry } from './socket-registry.js';

/**
 * `/api/tenant/events`: a tenant's events as they commit, on any replica. The client authenticates with its tenant
 * id and access token, in the upgrade request (`x-tenant-id` + `Authorization: Bearer`) or in its first message
 * (`{"type":"auth","tenant_id":…,"access_token":…}`). Bounded per process and per tenant; pings find dead peers;
 * a client that does not read its messages is disconnected, not buffered for. See docs/events.md.
 */
@WebSocketGateway({ path: '/api/tenant/events', maxPayload: 16 * 1024 })
export class EventsGateway implements OnGatewayInit, OnGatewayConnection, OnApplicationShutdown {
  private readonly logger = new Logger(EventsGateway.name);
  readonly sockets = new SocketRegistry();
  private heartbeat?: NodeJS.Timeout;
  private renewal?: NodeJS.Timeout;
  /** Tenants this replica holds a listener lease on (or is taking one for): a socket is ready once it is held. */
  private readonly held = new Map<string, Promise<void>>();

  constructor(
    private readonly config: ConfigService<Env, true>,
    private readonly auth: SocketAuthenticator,
    private readonly bus: EventBus,
    private readonly listeners: LiveListenersRepository,
    @Optional() private readonly changes?: ChangeChannel,
  ) {}

  private setting<K extends keyof Env>(key: K): Env[K] {
    return this.config.get(key, { infer: true });
  }

  async afterInit(): Promise<void> {
    await this.bus.subscribe((message) => this.deliver(message));
    // A suspended or deleted tenant, or a deleted user, ends its sockets on every replica. The resolver and the user
    // cache subscribed first, so the checks below read fresh state.
    this.changes?.subscribe((change) => {
      if (change.type === 'tenant') void this.recheck(change.tenant_id);
      if (change.type === 'user') void this.recheck(change.tenant_id, change.user_id);
    });
    this.heartbeat = setInterval(() => this.beat(), this.setting('EVENTS_HEARTBEAT_MS'));
    this.heartbeat.unref();
    this.renewal = setInterval(() => void this.renewLeases(), LISTENER_RENEW_MS);
    this.renewal.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.heartbeat);
    clearInterval(this.renewal);
    for (const s of this.sockets.all) s.ws.close(CLOSE.goingAway, 'Server is shutting down');
  }

  handleConnection(ws: WebSocket, request: IncomingMessage): void {
    const socket: LiveSocket = { ws, alive: true, timers: [] };
    if (this.sockets.all.size >= this.setting('EVENTS_MAX_CONNECTIONS')) {
      return ws.close(CLOSE.serverFull, 'Too many connections on this server');
    }
    this.sockets.add(socket);
    ws.on('pong', () => (socket.alive = true));
    ws.on('close', () => this.sockets.remove(socket));
    const header = request.headers.authorization?.match(/^bearer (.+)$/i)?.[1];
    if (header) return void this.authenticate(socket, request.headers['x-tenant-id'], header);
    socket.timers.push(
      setTimeout(() => {
        if (!socket.identity) ws.close(CLOSE.authTimeout, 'Authenticate within the time allowed');
      }, this.setting('EVENTS_AUTH_TIMEOUT_MS')),
    );
    ws.once('message', (data: RawData) => {
      let message: { type?: unknown; tenant_id?: unknown; access_token?: unknown };
      try {
        message = JSON.parse(data.toString()) as typeof message;
      } catch {
        return ws.close(CLOSE.badRequest, 'The first message must be JSON');
      }
      if (message?.type !== 'auth') return ws.close(CLOSE.badRequest, 'The first message must be {"type":"auth",…}');
      void this.authenticate(socket, message.tenant_id, message.access_token);
    });
  }

  private async authenticate(socket: LiveSocket, tenantId: unknown, token: unknown): Promise<void> {
    try {
      const identity = await this.auth.authenticate(tenantId, token);
      if (socket.ws.readyState !== socket.ws.OPEN) return;
      if (this.sockets.countFor(identity.tenantId) >= this.setting('EVENTS_MAX_CONNECTIONS_PER_TENANT')) {
        return socket.ws.close(CLOSE.tenantLimit, 'Too many connections for this tenant');
      }
      try {
        await this.listenTo(identity.tenantId);
      } catch (err) {
        this.logger.warn(`Could not take a listener lease for tenant ${identity.tenantId}: ${(err as Error).message}`);
        return socket.ws.close(CLOSE.unavailable, 'Events are unavailable right now: reconnect later');
      }
      if (socket.ws.readyState !== socket.ws.OPEN) return;
      this.sockets.bind(socket, identity);
      const expiresIn = Math.min(identity.expiresAt - Date.now(), 2 ** 31 - 1);
      socket.timers.push(setTimeout(() => socket.ws.close(CLOSE.unauthorized, 'Access token expired'), expiresIn));
      socket.ws.send(JSON.stringify({ type: 'ready', tenant_id: identity.tenantId, user_id: identity.userId }));
    } catch (err) {
      if (err instanceof SocketAuthError) return socket.ws.close(err.code, err.message);
      this.logger.error(`Socket authentication failed: ${(err as Error).message}`);
      socket.ws.close(1011, 'Internal error');
    }
  }

  /** Resolves once this replica holds a lease on the tenant, so its writes are announced from now on. */
  private listenTo(tenantId: string): Promise<void> {
    let lease = this.held.get(tenantId);
    if (!lease) {
      lease = this.listeners.hold([tenantId]).catch((err: unknown) => {
        this.held.delete(tenantId);
        throw err;
      });
      this.held.set(tenantId, lease);
    }
    return lease;
  }

  /**
   * Extends the leases of the tenants that still have sockets here; the others lapse (a later socket takes a new
   * one). A failed renewal is retried on the next round, well before the lease ends.
   */
  private async renewLeases(): Promise<void> {
    for (const tenantId of this.held.keys()) {
      if (this.sockets.countFor(tenantId) === 0) this.held.delete(tenantId);
    }
    // A replica without sockets has nothing to renew and leaves the clean-up to one that has.
    if (this.held.size === 0) return;
    try {
      await this.listeners.hold([...this.held.keys()]);
      await this.listeners.purgeExpired();
    } catch (err) {
      this.logger.warn(`Renewing listener leases failed: ${(err as Error).message}`);
    }
  }

  private deliver(message: BusMessage): void {
    if (message.kind !== 'audit' || this.sockets.countFor(message.tenant_id) === 0) return;
    if (message.resource === 'users' && message.action === 'delete') {
      for (const s of this.sockets.of(message.tenant_id)) {
        if (s.identity?.userId === message.resource_id) s.ws.close(CLOSE.unauthorized, 'User no longer exists');
      }
      return;
    }
    const limit = this.setting('EVENTS_MAX_BUFFERED_BYTES');
    for (const event of liveEventsFor(message)) {
      const text = JSON.stringify({ type: 'event', event });
      for (const s of this.sockets.of(message.tenant_id)) {
        if (s.ws.bufferedAmount > limit) {
          this.drop(s);
          continue;
        }
        s.ws.send(text);
      }
    }
  }

  private async recheck(tenantId: string, userId?: string): Promise<void> {
    for (const s of [...this.sockets.of(tenantId)]) {
      if (!s.identity || (userId && s.identity.userId !== userId)) continue;
      try {
        await this.auth.recheck(s.identity, userId !== undefined);
      } catch (err) {
        if (err instanceof SocketAuthError) s.ws.close(err.code, err.message);
        else this.logger.warn(`Re-checking a socket failed: ${(err as Error).message}`);
      }
    }
  }

  /** A consumer that stopped reading: closed (and cut off if even the close frame cannot get through). */
  private drop(socket: LiveSocket): void {
    this.sockets.remove(socket);
    socket.ws.close(CLOSE.slowConsumer, 'Too slow: messages were not being read');
    setTimeout(() => socket.ws.terminate(), 1_000).unref();
  }

  private beat(): void {
    for (const s of this.sockets.all) {
      if (!s.alive) {
        s.ws.terminate();
        continue;
      }
      s.alive = false;
      s.ws.ping();
    }
  }
}
