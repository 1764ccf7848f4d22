import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Queryable } from '../../database/database.service.js';
import { TenantCrudService } from '../../tenancy/crud/tenant-crud.service.js';
import { TenantConnection } from '../../tenancy/tenant-connection.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import type { User, UserRole } from '../user.entity.js';
import { UsersRepository } from './users.repository.js';
import { PasswordHasher } from '../password-hasher.js';
import { SessionsService } from '../sessions.service.js';
import { AuthUserCache } from '../auth-user-cache.js';

const LAST_ADMIN = 'A tenant must keep at least one admin: make another user an admin first';

@Injectable()
export class UsersService extends TenantCrudService<User, CreateUserDto, UpdateUserDto> {
  protected readonly notFound = 'User not found';

  constructor(
    protected override readonly repository: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly db: TenantConnection,
    private readonly userCache: AuthUserCache,
  ) {
    super(repository);
  }

  /** The password is hashed with argon2id before it reaches the repository; the hash is never returned. */
  override async create(dto: CreateUserDto): Promise<User> {
    const { password, ...rest } = dto;
    return this.repository.create({ ...rest, password_hash: await this.hasher.hash(password) });
  }

  /** A new password or role ends the user's sessions (refresh tokens) in the same transaction. */
  override async update(id: string, dto: UpdateUserDto): Promise<User> {
    const { password, ...rest } = dto;
    // Hashed before the transaction opens, so no row lock is held during argon2's work.
    const passwordHash = password === undefined ? undefined : await this.hasher.hash(password);
    const updated = await this.db.transaction(async (tx) => {
      const before = await this.lockForChange(tx, id, rest.role !== undefined && rest.role !== 'admin');
      const user = this.found(await this.repository.update(id, { ...rest, password_hash: passwordHash }, tx));
      if (passwordHash !== undefined || user.role !== before) await this.sessions.revoke(tx, { user_id: id });
      return user;
    });
    // This replica applies the change at once; the others when the change channel's notification arrives.
    this.userCache.forget(this.db.tenant.id, id);
    return updated;
  }

  override async remove(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.lockForChange(tx, id, true);
      // The tokens would go with the row (ON DELETE CASCADE); revoking first announces the ended sessions.
      await this.sessions.revoke(tx, { user_id: id });
      await this.repository.remove(id, tx);
    });
    this.userCache.forget(this.db.tenant.id, id);
  }

  /** The admin action "sign this user out everywhere": every refresh-token family of the user is revoked. */
  async revokeSessions(id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.lockForChange(tx, id, false);
      await this.sessions.revoke(tx, { user_id: id });
    });
  }

  /**
   * Locks the user's row (404 when absent) and returns its role. When the change may take an admin away, every
   * admin row is locked first and the change is refused (409) if this user is the last admin: two admins demoting
   * each other at once are serialised on those locks, and the second sees that only one admin is left.
   */
  private async lockForChange(tx: Queryable, id: string, removesAdmin: boolean): Promise<UserRole> {
    if (removesAdmin) {
      const admins = await this.repository.lockAdmins(tx);
      if (admins.length === 1 && admins[0] === id) throw new ConflictException(LAST_ADMIN);
    }
    const role = await this.repository.lockRole(tx, id);
    if (!role) throw new NotFoundException(this.notFound);
    return role;
  }
}
