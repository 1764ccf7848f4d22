import type { Pool, PoolClient } from 'pg';

/**
 * A read-only REPEATABLE READ transaction on one pooled client that its holder keeps while it streams: every
 * statement in it sees the snapshot its first statement took. `end()` commits and returns the client to the pool;
 * `discard()` closes the connection instead, so a stream cut short frees it at once whatever its cursor was doing
 * (the server rolls back a transaction whose connection closed; nothing is ever left "idle in transaction").
 * Both are idempotent, and only the first call of either counts.
 */
export class ReadSnapshot {
  private released = false;

  private constructor(readonly client: PoolClient) {}

  /**
   * `timeoutMs` replaces the app's statement timeout for this transaction (a cursor's statement lasts as long as the
   * reader takes), and bounds the time it may sit idle between statements.
   */
  static async open(pool: Pool, timeoutMs: number): Promise<ReadSnapshot> {
    const client = await pool.connect();
    const ms = Math.max(1, Math.floor(timeoutMs));
    try {
      // One round trip; UTC makes timestamps in JSON read the same whatever the server's time zone.
      await client.query(
        `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL statement_timeout = ${ms}; ` +
          `SET LOCAL idle_in_transaction_session_timeout = ${ms}; SET LOCAL TimeZone = 'UTC'`,
      );
    } catch (err) {
      client.release(err as Error);
      throw err;
    }
    return new ReadSnapshot(client);
  }

  get isReleased(): boolean {
    return this.released;
  }

  async end(): Promise<void> {
    if (this.released) return;
    this.released = true;
    try {
      await this.client.query('COMMIT');
      this.client.release();
    } catch (err) {
      this.client.release(err as Error);
      throw err;
    }
  }

  discard(reason: Error = new Error('Snapshot discarded')): void {
    if (this.released) return;
    this.released = true;
    this.client.release(reason);
  }
}
