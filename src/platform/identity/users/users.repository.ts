import { Injectable } from '@nestjs/common';
import { TenantCrudRepository } from '../../tenancy/crud/tenant-crud.repository.js';
import type { User } from '../user.entity.js';

@Injectable()
export class UsersRepository extends TenantCrudRepository<User> {
  protected readonly spec = {
    table: 'users',
    // password_hash is writable but never selected: it cannot reach a response.
    columns: 'id, email, first_name, last_name, role, created_at, updated_at',
    writable: ['email', 'password_hash', 'first_name', 'last_name', 'role'],
    search: ['first_name', 'last_name', 'email'],
    filters: ['role'],
  };
}
