import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../database/database.service.js';
import { TenantCrudRepository } from '../../tenancy/crud/tenant-crud.repository.js';
import type { User, UserRole } from '../user.entity.js';

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

  /**
   * Locks every admin row, always in id order (so two such transactions cannot deadlock), and returns their ids.
   * A concurrent demotion or deletion of an admin waits here and then sees the other's committed change.
   */
  async lockAdmins(tx: Queryable): Promise<string[]> {
    const { rows } = await tx.query<{ id: string }>(
      `SELECT id FROM ${this.table} WHERE role = 'admin' ORDER BY id FOR UPDATE`,
    );
    return rows.map((r) => r.id);
  }

  /** Locks one user's row for a change and returns its current role. */
  async lockRole(tx: Queryable, id: string): Promise<UserRole | undefined> {
    const { rows } = await tx.query<{ role: UserRole }>(`SELECT role FROM ${this.table} WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    return rows[0]?.role;
  }
}
