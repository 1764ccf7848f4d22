import { Injectable } from '@nestjs/common';
import { escapeIdentifier } from 'pg';
import { DatabaseService, type Queryable } from '../database/database.service.js';
import type { Cursor } from '../common/pagination.js';
import { TENANT_COLUMNS, type Tenant, type TenantAdmin } from '../tenancy/tenant.entity.js';

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

  async findById(id: string): Promise<Tenant | undefined> {
    const { rows } = await this.db.query<Tenant>(`SELECT ${TENANT_COLUMNS} FROM public.tenants WHERE id = $1`, [id]);
    return rows[0];
  }

  async list(limit: number, after?: Cursor): Promise<Tenant[]> {
    const { rows } = after
      ? await this.db.query<Tenant>(
          `SELECT ${TENANT_COLUMNS} FROM public.tenants
           WHERE (created_at, id) < ($1, $2)
           ORDER BY created_at DESC, id DESC LIMIT $3`,
          [after.created_at, after.id, limit],
        )
      : await this.db.query<Tenant>(
          `SELECT ${TENANT_COLUMNS} FROM public.tenants ORDER BY created_at DESC, id DESC LIMIT $1`,
          [limit],
        );
    return rows;
  }
}
