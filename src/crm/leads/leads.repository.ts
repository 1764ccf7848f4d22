import { Injectable } from '@nestjs/common';
import { TenantCrudRepository } from '../../platform/tenancy/crud/tenant-crud.repository.js';
import type { Lead } from './lead.entity.js';

@Injectable()
export class LeadsRepository extends TenantCrudRepository<Lead> {
  protected readonly spec = {
    table: 'leads',
    // numeric comes back from pg as a string; JSON clients expect a number.
    columns: 'id, title, status, value::float8 AS value, contact_id, organization_id, owner_id, created_at, updated_at',
    writable: ['title', 'status', 'value', 'contact_id', 'organization_id', 'owner_id'],
    search: ['title'],
    filters: ['status', 'contact_id', 'organization_id', 'owner_id'],
  };
}
