import type { Server } from 'node:http';
import type { Socket } from 'node:net';

interface Tracked {
  served: number;
  active: number;
}

/**
 * How the HTTP server closes on shutdown, so that no request a client has already sent is reset.
 *
 * Node's `server.close()` destroys every connection without a request in progress, including one accepted a
 * moment ago whose request is still in the socket buffer: that client gets ECONNRESET for a request it had
 * sent. Here, closing destroys only keep-alive connections that are idle between requests (every response
 * since shutdown began carried `Connection: close`, so these were unused for the whole shutdown delay); a
 * connection that has not delivered its first request yet gets `graceMs` to do so and is answered (with
 * `Connection: close`); in-flight requests finish (bounded by REQUEST_TIMEOUT_MS).
 */
export function drainConnectionsOnClose(server: Server, graceMs: number): void {
  const sockets = new Map<Socket, Tracked>();
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, { served: 0, active: 0 });
    socket.once('close', () => sockets.delete(socket));
  });
  // An upgraded connection (WebSocket) is no longer HTTP: its owner closes it.
  server.on('upgrade', (_request, socket: Socket) => sockets.delete(socket));
  server.on('request', (request, response) => {
    const tracked = sockets.get(request.socket as Socket);
    if (!tracked) return;
    tracked.served++;
    tracked.active++;
    response.once('close', () => tracked.active--);
  });

  // http.Server.close() calls this method. Node's own destroys every connection without a request in progress;
  // this one spares a connection that has not delivered its first request yet, for `graceMs`.
  server.closeIdleConnections = () => {
    const fresh: Socket[] = [];
    for (const [socket, t] of sockets) {
      if (t.served === 0) fresh.push(socket);
      else if (t.active === 0) socket.destroy();
    }
    const timer = setTimeout(() => {
      for (const socket of fresh) if (sockets.get(socket)?.served === 0) socket.destroy();
    }, graceMs);
    timer.unref();
  };
}
