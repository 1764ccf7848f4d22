import { Injectable } from '@nestjs/common';
import { TenantCrudRepository } from '../../platform/tenancy/crud/tenant-crud.repository.js';
import type { Contact } from './contact.entity.js';

@Injectable()
export class ContactsRepository extends TenantCrudRepository<Contact> {
  protected readonly spec = {
    table: 'contacts',
    columns: 'id, first_name, last_name, email, phone, organization_id, notes, created_at, updated_at',
    writable: ['first_name', 'last_name', 'email', 'phone', 'organization_id', 'notes'],
    search: ['first_name', 'last_name', 'email'],
    filters: ['organization_id'],
  };
}
