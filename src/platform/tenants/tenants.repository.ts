import { Injectable } from '@nestjs/common';
import { escapeIdentifier } from 'pg';
import { DatabaseService, type Queryable } from '../database/database.service.js';
import type { Cursor } from '../common/pagination.js';
import { tenantSchema } from '../database/tenant-schema.js';
import { TENANT_COLUMNS, type Tenant, type TenantAdmin, type TenantStatus } from '../tenancy/tenant.entity.js';

const NOW = "date_trunc('milliseconds', statement_timestamp())";

@Injectable()
export class TenantsRepository {
  constructor(private readonly db: DatabaseService) {}

  async insert(tx: Queryable, tenant: { name: string; domain: string }): Promise<Tenant> {
    const { rows } = await tx.query<Tenant>(
      `INSERT INTO public.tenants (name, domain) VALUES ($1, $2) RETURNING ${TENANT_COLUMNS}`,
      [tenant.name, tenant.domain],
    );
    return rows[0];
  }

  /** Provisioning only: the first admin of a schema created in the same transaction (`tx`). */
  async insertFirstAdmin(
    tx: Queryable,
    schema: string,
    admin: { email: string; password_hash: string; first_name?: string | null; last_name?: string | null },
  ): Promise<TenantAdmin> {
    const { rows } = await tx.query<TenantAdmin>(
      `INSERT INTO ${escapeIdentifier(schema)}.users (email, password_hash, first_name, last_name, role)
       VALUES ($1, $2, $3, $4, 'admin')
       RETURNING id, email, first_name, last_name, role, created_at, updated_at`,
      [admin.email, admin.password_hash, admin.first_name ?? null, admin.last_name ?? null],
    );
    return rows[0];
  }

  /** Pending tenants (the sign-up pool) are not tenants yet: never found, never locked for a lifecycle change. */
  async findById(id: string, tx: Queryable = this.db): Promise<Tenant | undefined> {
    const { rows } = await tx.query<Tenant>(
      `SELECT ${TENANT_COLUMNS} FROM public.tenants WHERE id = $1 AND status <> 'pending'`,
      [id],
    );
    return rows[0];
  }

  /** The row, locked until `tx` ends: lifecycle transitions of one tenant take turns. */
  async lock(tx: Queryable, id: string): Promise<Tenant | undefined> {
    const { rows } = await tx.query<Tenant>(
      `SELECT ${TENANT_COLUMNS} FROM public.tenants WHERE id = $1 AND status <> 'pending' FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  /** Newest first, keyset-paged, limited to the given statuses. */
  async list(limit: number, statuses: readonly TenantStatus[], after?: Cursor): Promise<Tenant[]> {
    const { rows } = after
      ? await this.db.query<Tenant>(
          `SELECT ${TENANT_COLUMNS} FROM public.tenants
           WHERE status = ANY($1) AND (created_at, id) < ($2, $3)
           ORDER BY created_at DESC, id DESC LIMIT $4`,
          [statuses, after.created_at, after.id, limit],
        )
      : await this.db.query<Tenant>(
          `SELECT ${TENANT_COLUMNS} FROM public.tenants WHERE status = ANY($1)
           ORDER BY created_at DESC, id DESC LIMIT $2`,
          [statuses, limit],
        );
    return rows;
  }

  async update(tx: Queryable, id: string, patch: { name?: string; domain?: string }): Promise<Tenant> {
    const { rows } = await tx.query<Tenant>(
      `UPDATE public.tenants SET name = coalesce($2, name), domain = coalesce($3, domain), updated_at = ${NOW}
       WHERE id = $1 RETURNING ${TENANT_COLUMNS}`,
      [id, patch.name ?? null, patch.domain ?? null],
    );
    return rows[0];
  }

  async suspend(tx: Queryable, id: string, reason: string | null): Promise<Tenant> {
    return this.set(tx, id, `status = 'suspended', suspended_at = ${NOW}, suspension_reason = $2`, [reason]);
  }

  async resume(tx: Queryable, id: string): Promise<Tenant> {
    return this.set(tx, id, `status = 'active', suspended_at = NULL, suspension_reason = NULL`, []);
  }

  /** Soft delete: the row stays (its domain stays reserved) until `purge_after`. */
  async softDelete(tx: Queryable, id: string, retentionDays: number): Promise<Tenant> {
    return this.set(
      tx,
      id,
      `status = 'deleted', deleted_at = ${NOW}, purge_after = ${NOW} + make_interval(days => $2::int)`,
      [retentionDays],
    );
  }

  /** Back to what it was before the delete: a tenant suspended then deleted comes back suspended. */
  async restore(tx: Queryable, id: string): Promise<Tenant> {
    return this.set(
      tx,
      id,
      `status = CASE WHEN suspended_at IS NULL THEN 'active' ELSE 'suspended' END,
       deleted_at = NULL, purge_after = NULL`,
      [],
    );
  }

  /** Deleted tenants whose retention window has passed (what a purge would erase), oldest first. */
  async listExpired(): Promise<Tenant[]> {
    const { rows } = await this.db.query<Tenant>(
      `SELECT ${TENANT_COLUMNS} FROM public.tenants
       WHERE status = 'deleted' AND purge_after <= clock_timestamp() ORDER BY purge_after, id`,
    );
    return rows;
  }

  /**
   * The next expired tenant no other purge holds, locked until `tx` ends (SKIP LOCKED: concurrent purges each take
   * a different tenant, and a restore that got the row first wins). `skip` lists tenants that failed this run.
   */
  async lockNextExpired(tx: Queryable, skip: string[]): Promise<Tenant | undefined> {
    const { rows } = await tx.query<Tenant>(
      `SELECT ${TENANT_COLUMNS} FROM public.tenants
       WHERE status = 'deleted' AND purge_after <= clock_timestamp() AND NOT (id = ANY($1::uuid[]))
       ORDER BY purge_after, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [skip],
    );
    return rows[0];
  }

  /** Erases a tenant: its schema (every table, its audit log too) and its row. Platform audit rows stay. */
  async erase(tx: Queryable, id: string): Promise<void> {
    await tx.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(tenantSchema(id))} CASCADE`);
    await tx.query('DELETE FROM public.tenants WHERE id = $1', [id]);
  }

  private async set(tx: Queryable, id: string, assignments: string, params: unknown[]): Promise<Tenant> {
    const { rows } = await tx.query<Tenant>(
      `UPDATE public.tenants SET ${assignments}, updated_at = ${NOW} WHERE id = $1 RETURNING ${TENANT_COLUMNS}`,
      [id, ...params],
    );
    return rows[0];
  }
}
