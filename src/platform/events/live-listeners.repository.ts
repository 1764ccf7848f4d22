import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DatabaseService } from '../database/database.service.js';

/** How long a lease lasts, and how often a replica renews the leases of the tenants it has sockets for. */
export const LISTENER_LEASE_MS = 60_000;
export const LISTENER_RENEW_MS = 20_000;

/**
 * Leases on `public.live_event_listeners` (migrations/public/011): while this replica holds one for a tenant, that
 * tenant's audited writes are announced on the events channel; without any, they are not (no NOTIFY per write).
 */
@Injectable()
export class LiveListenersRepository {
  /** This process, as the lease holder: a replica that restarts takes new leases and lets the old ones expire. */
  readonly replica = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(private readonly db: DatabaseService) {}

  /**
   * Takes or extends this replica's lease on each tenant, until LISTENER_LEASE_MS from now. A tenant's first lease
   * regenerates its audit trigger under a per-tenant lock (migrations/public/014), so the ids go in one order: two
   * replicas taking leases on the same tenants cannot deadlock.
   */
  async hold(tenantIds: string[]): Promise<void> {
    if (tenantIds.length === 0) return;
    await this.db.query(
      `INSERT INTO public.live_event_listeners (tenant_id, replica, expires_at)
       SELECT tenant, $2, statement_timestamp() + make_interval(secs => $3) FROM unnest($1::uuid[]) AS tenant
       ORDER BY tenant
       ON CONFLICT (tenant_id, replica) DO UPDATE SET expires_at = EXCLUDED.expires_at`,
      [tenantIds, this.replica, LISTENER_LEASE_MS / 1000],
    );
  }

  /** Forgets leases that ended long ago (replicas that went away without a word). */
  async purgeExpired(): Promise<void> {
    await this.db.query(
      `DELETE FROM public.live_event_listeners WHERE expires_at < statement_timestamp() - interval '1 hour'`,
    );
  }
}
