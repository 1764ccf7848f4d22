import { Injectable } from '@nestjs/common';
import { DatabaseService, type Queryable } from '../database/database.service.js';
import { TENANT_COLUMNS, type Tenant } from '../tenancy/tenant.entity.js';

const NOW = "date_trunc('milliseconds', statement_timestamp())";

/** The SQL of the pending-tenant pool: rows with status `pending` in `public.tenants`. */
@Injectable()
export class TenantPoolRepository {
  constructor(private readonly db: DatabaseService) {}

  /** The oldest pending tenant, locked until `tx` ends; SKIP LOCKED hands concurrent sign-ups different rows. */
  async lockOne(tx: Queryable): Promise<{ id: string; schema_version: string | null } | undefined> {
    const { rows } = await tx.query<{ id: string; schema_version: string | null }>(
      `SELECT id, schema_version FROM public.tenants WHERE status = 'pending'
       ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
    );
    return rows[0];
  }

  /** Gives a pending tenant its name and domain; it is created now, as far as anyone can see. */
  async activate(tx: Queryable, id: string, fields: { name: string; domain: string }): Promise<Tenant> {
    const { rows } = await tx.query<Tenant>(
      `UPDATE public.tenants SET status = 'active', name = $2, domain = $3, created_at = ${NOW}, updated_at = ${NOW}
       WHERE id = $1 AND status = 'pending' RETURNING ${TENANT_COLUMNS}`,
      [id, fields.name, fields.domain],
    );
    return rows[0];
  }

  /** A pending row with a placeholder name and a domain nobody can register (`.invalid` is reserved, RFC 2606). */
  async insertPending(tx: Queryable): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO public.tenants (name, domain, status)
       VALUES ('pending', 'pending-' || gen_random_uuid() || '.invalid', 'pending') RETURNING id`,
    );
    return rows[0].id;
  }

  async pending(tx: Queryable = this.db): Promise<{ id: string; schema_version: string | null }[]> {
    const { rows } = await tx.query<{ id: string; schema_version: string | null }>(
      `SELECT id, schema_version FROM public.tenants WHERE status = 'pending' ORDER BY created_at`,
    );
    return rows;
  }

  /** Refills of all replicas take turns, so two of them never both top the pool up past its size. */
  async lockRefill(tx: Queryable): Promise<void> {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('tenant-pool:refill'))");
  }
}
