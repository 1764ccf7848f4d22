import { Injectable } from '@nestjs/common';
import { DatabaseService } from '../database/database.service.js';
import { TENANT_COLUMNS, type Tenant } from './tenant.entity.js';

/** Reads the shared `tenants` table for request routing; the operator's writes live in the tenants module. */
@Injectable()
export class TenantDirectory {
  constructor(private readonly db: DatabaseService) {}

  /** Pending tenants (the sign-up pool) are nobody's yet: they never resolve. */
  async findById(id: string): Promise<Tenant | undefined> {
    const { rows } = await this.db.query<Tenant>(
      `SELECT ${TENANT_COLUMNS} FROM public.tenants WHERE id = $1 AND status <> 'pending'`,
      [id],
    );
    return rows[0];
  }

  /** Tenants per status (pending: the sign-up pool), for the `tenants` metric. */
  async countByStatus(): Promise<{ status: string; count: number }[]> {
    const { rows } = await this.db.query<{ status: string; count: number }>(
      'SELECT status, count(*)::int AS count FROM public.tenants GROUP BY status',
    );
    return rows;
  }
}
