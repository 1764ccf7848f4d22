import { Injectable } from '@nestjs/common';
import type { Queryable } from '../database/database.service.js';
import { TenantConnection } from '../tenancy/tenant-connection.js';
import type { User } from './user.entity.js';

const USER_COLUMNS = 'id, email, first_name, last_name, role, created_at, updated_at';

/** The user lookups authentication needs, in the current tenant's schema. */
@Injectable()
export class AuthUsersRepository {
  constructor(private readonly db: TenantConnection) {}

  /** Runs on every authenticated request, so it takes the one-round-trip path. */
  async findById(id: string): Promise<User | undefined> {
    const { rows } = await this.db.queryQualified<User>(
      `SELECT ${USER_COLUMNS} FROM ${this.db.table('users')} WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  async findByIdIn(tx: Queryable, id: string): Promise<User | undefined> {
    const { rows } = await tx.query<User>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return rows[0];
  }

  async findByEmailWithHash(email: string): Promise<(User & { password_hash: string }) | undefined> {
    const { rows } = await this.db.query<User & { password_hash: string }>(
      `SELECT ${USER_COLUMNS}, password_hash FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    return rows[0];
  }
}
