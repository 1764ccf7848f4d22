import { Injectable } from '@nestjs/common';
import { DatabaseService, type Queryable } from '../database/database.service.js';
import type { Cursor } from '../common/pagination.js';
import type { Tenant } from './tenant.entity.js';

const COLUMNS = 'id, name, domain, created_at, updated_at';

@Injectable()
export class TenantsRepository {
  constructor(private readonly db: DatabaseService) {}

  async insert(tx: Queryable, tenant: { name: string; domain: string }): Promise<Tenant> {
    const { rows } = await tx.query<Tenant>(
      `INSERT INTO public.tenants (name, domain) VALUES ($1, $2) RETURNING ${COLUMNS}`,
      [tenant.name, tenant.domain],
    );
    return rows[0];
  }

  async findById(id: string): Promise<Tenant | undefined> {
    const { rows } = await this.db.query<Tenant>(`SELECT ${COLUMNS} FROM public.tenants WHERE id = $1`, [id]);
    return rows[0];
  }

  async list(limit: number, after?: Cursor): Promise<Tenant[]> {
    const { rows } = after
      ? await this.db.query<Tenant>(
          `SELECT ${COLUMNS} FROM public.tenants
           WHERE (created_at, id) < ($1, $2)
           ORDER BY created_at DESC, id DESC LIMIT $3`,
          [after.created_at, after.id, limit],
        )
      : await this.db.query<Tenant>(
          `SELECT ${COLUMNS} FROM public.tenants ORDER BY created_at DESC, id DESC LIMIT $1`,
          [limit],
        );
    return rows;
  }
}
