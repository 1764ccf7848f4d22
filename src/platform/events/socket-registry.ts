import type { WebSocket } from 'ws';
import type { SocketIdentity } from './socket-auth.js';

export interface LiveSocket {
  ws: WebSocket;
  identity?: SocketIdentity;
  alive: boolean;
  timers: NodeJS.Timeout[];
}

/** This process's sockets, by tenant once authenticated. */
export class SocketRegistry {
  readonly all = new Set<LiveSocket>();
  private readonly byTenant = new Map<string, Set<LiveSocket>>();

  add(socket: LiveSocket): void {
    this.all.add(socket);
  }

  countFor(tenantId: string): number {
    return this.byTenant.get(tenantId)?.size ?? 0;
  }

  bind(socket: LiveSocket, identity: SocketIdentity): void {
    socket.identity = identity;
    const set = this.byTenant.get(identity.tenantId) ?? new Set();
    set.add(socket);
    this.byTenant.set(identity.tenantId, set);
  }

  of(tenantId: string): Iterable<LiveSocket> {
    return this.byTenant.get(tenantId) ?? [];
  }

  remove(socket: LiveSocket): void {
    this.all.delete(socket);
    for (const t of socket.timers) clearTimeout(t);
    const tenantId = socket.identity?.tenantId;
    if (!tenantId) return;
    const set = this.byTenant.get(tenantId);
    set?.delete(socket);
    if (set?.size === 0) this.byTenant.delete(tenantId);
  }
}
