import { Injectable } from '@nestjs/common';
import { TenantCrudRepository } from '../../platform/tenancy/crud/tenant-crud.repository.js';
import type { Organization } from './organization.entity.js';

@Injectable()
export class OrganizationsRepository extends TenantCrudRepository<Organization> {
  protected readonly spec = {
    table: 'organizations',
    columns: 'id, name, domain, industry, phone, address, created_at, updated_at',
    writable: ['name', 'domain', 'industry', 'phone', 'address'],
    search: ['name', 'domain', 'industry'],
    filters: [],
  };
}
