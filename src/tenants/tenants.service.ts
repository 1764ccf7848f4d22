import { Injectable, NotFoundException } from '@nestjs/common';
import { decodeCursor, toPage } from '../common/pagination.js';
import { DatabaseService } from '../database/database.service.js';
import { tenantSchema } from '../database/tenant-schema.js';
import type { CreateTenantDto } from './dto/create-tenant.dto.js';
import type { Tenant } from './tenant.entity.js';
import { TenantsRepository } from './tenants.repository.js';

@Injectable()
export class TenantsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly tenants: TenantsRepository,
  ) {}

  /** The row, the schema and its tables are created in one transaction: all or nothing. */
  create(dto: CreateTenantDto): Promise<Tenant> {
    return this.db.transaction(async (tx) => {
      const tenant = await this.tenants.insert(tx, dto);
      await this.db.migrateTenantSchema(tx, tenantSchema(tenant.id));
      return tenant;
    });
  }

  async get(id: string): Promise<Tenant> {
    const tenant = await this.tenants.findById(id);
    if (!tenant) throw new NotFoundException('Tenant not found');
    return tenant;
  }

  async list(limit: number, cursor?: string) {
    const rows = await this.tenants.list(limit + 1, cursor ? decodeCursor(cursor) : undefined);
    return toPage(rows, limit);
  }
}
