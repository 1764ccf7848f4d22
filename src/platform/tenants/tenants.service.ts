import { Injectable, NotFoundException } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { decodeCursor, toPage } from '../common/pagination.js';
import { PlatformAuditLog } from '../audit/platform-audit-log.js';
import { DatabaseService } from '../database/database.service.js';
import { tenantSchema } from '../database/tenant-schema.js';
import type { CreateTenantDto } from './dto/create-tenant.dto.js';
import type { ListTenantsQueryDto } from './dto/list-tenants.query.js';
import { TENANT_STATUSES, type Tenant, type TenantAdmin } from '../tenancy/tenant.entity.js';
import { PasswordHasher } from '../identity/password-hasher.js';
import { TenantPool } from './tenant-pool.service.js';
import { TenantsRepository } from './tenants.repository.js';

const NOT_DELETED = TENANT_STATUSES.filter((s) => s !== 'deleted');

@Injectable()
export class TenantsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly tenants: TenantsRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: PlatformAuditLog,
    private readonly pool: TenantPool,
  ) {}

  /** The row, the schema, its tables and the optional first admin are created in one transaction: all or nothing. */
  async create(dto: CreateTenantDto): Promise<Tenant & { admin?: TenantAdmin }> {
    const { admin, ...fields } = dto;
    // Hashed before the transaction opens, so the transaction is not held open for argon2's work.
    const passwordHash = admin ? await this.hasher.hash(admin.password) : undefined;
    const created = await this.db.transaction(async (tx) => {
      // A pending tenant from the pool when there is one (its schema is ready), else a new row and schema.
      const claimed = await this.pool.claim(tx, fields);
      const tenant = claimed ?? (await this.provision(tx, fields));
      await this.audit.record(tx, {
        tenant_id: tenant.id,
        action: 'create',
        details: { name: tenant.name, domain: tenant.domain, admin_email: admin?.email ?? null },
      });
      if (!admin || !passwordHash) return tenant;
      const { password: _password, ...profile } = admin;
      return {
        ...tenant,
        admin: await this.tenants.insertFirstAdmin(tx, tenantSchema(tenant.id), {
          ...profile,
          password_hash: passwordHash,
        }),
      };
    });
    this.pool.requestRefill();
    return created;
  }

  private async provision(tx: PoolClient, fields: { name: string; domain: string }): Promise<Tenant> {
    const inserted = await this.tenants.insert(tx, fields);
    return { ...inserted, schema_version: await this.db.migrateTenant(tx, inserted.id) };
  }

  async get(id: string): Promise<Tenant> {
    const tenant = await this.tenants.findById(id);
    if (!tenant) throw new NotFoundException('Tenant not found');
    return tenant;
  }

  async list(query: ListTenantsQueryDto) {
    const statuses = !query.status ? NOT_DELETED : query.status === 'all' ? TENANT_STATUSES : [query.status];
    const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
    const rows = await this.tenants.list(query.limit + 1, statuses, cursor);
    return toPage(rows, query.limit);
  }
}
