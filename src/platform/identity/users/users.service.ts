import { Injectable } from '@nestjs/common';
import { TenantCrudService } from '../../tenancy/crud/tenant-crud.service.js';
import type { CreateUserDto } from './dto/create-user.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import type { User } from '../user.entity.js';
import { UsersRepository } from './users.repository.js';
import { PasswordHasher } from '../password-hasher.js';

@Injectable()
export class UsersService extends TenantCrudService<User, CreateUserDto, UpdateUserDto> {
  protected readonly notFound = 'User not found';

  constructor(
    repository: UsersRepository,
    private readonly hasher: PasswordHasher,
  ) {
    super(repository);
  }

  /** The password is hashed with argon2id before it reaches the repository; the hash is never returned. */
  override async create(dto: CreateUserDto): Promise<User> {
    const { password, ...rest } = dto;
    return this.repository.create({ ...rest, password_hash: await this.hasher.hash(password) });
  }

  override async update(id: string, dto: UpdateUserDto): Promise<User> {
    const { password, ...rest } = dto;
    const passwordHash = password === undefined ? undefined : await this.hasher.hash(password);
    return this.found(await this.repository.update(id, { ...rest, password_hash: passwordHash }));
  }
}
