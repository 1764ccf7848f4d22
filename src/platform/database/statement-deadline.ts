import { connect } from 'node:net';
import { DatabaseError, type PoolClient } from 'pg';

/** The connection details `pg` keeps on a client: where its backend lives and the key that cancels its query. */
interface BackendKey {
  host?: string;
  port?: number;
  processID?: number | null;
  secretKey?: number | null;
}

const CANCEL_REQUEST_CODE = 80877102;

/**
 * Asks the server to cancel the client's running statement (the protocol's CancelRequest, sent on a new
 * connection, as psql's Ctrl-C does). PgBouncer forwards it to the right server connection, so this works
 * where a `statement_timeout` startup parameter cannot. The statement then fails with 57014.
 */
export function cancelRunningStatement(client: PoolClient): void {
  const { host, port, processID, secretKey } = client as unknown as BackendKey;
  if (!host || !port || processID == null || secretKey == null) return;
  const socket = host.startsWith('/') ? connect(`${host}/.s.PGSQL.${port}`) : connect(port, host);
  socket.setTimeout(5000, () => socket.destroy());
  socket.on('error', () => socket.destroy());
  // The server (or PgBouncer) closes the connection once it has acted on the request. Closing it first makes
  // PgBouncer drop the request ("client unexpected eof"), as libpq's PQcancel knows: it waits for that close too.
  socket.on('end', () => socket.destroy());
  socket.on('connect', () => {
    const packet = Buffer.alloc(16);
    packet.writeInt32BE(16, 0);
    packet.writeInt32BE(CANCEL_REQUEST_CODE, 4);
    packet.writeInt32BE(processID, 8);
    packet.writeInt32BE(secretKey, 12);
    socket.write(packet);
  });
}

/**
 * Whether a client that failed may go back to the pool. Only an error the server reported (a SQLSTATE) leaves
 * the connection in a known, idle state; a client-side timeout leaves a statement running on it, and a
 * network error leaves nothing usable.
 */
export function isReusableAfter(err: unknown): boolean {
  return err instanceof DatabaseError;
}
