import { Body, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiEnvelope, ApiErrors, ApiNoContent } from '../../common/openapi/api-responses.decorator.js';
import { User } from '../user.entity.js';
import { ok } from '../../common/envelope.js';
import { IdParam } from '../../common/id-param.js';
import { Roles } from '../auth.decorators.js';
import { TenantController } from '../tenant-controller.decorator.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { ListUsersQuery } from './dto/list-users.query.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UsersService } from './users.service.js';

@TenantController('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiEnvelope(User, { status: 201 })
  @ApiErrors([409, 'email is taken in this tenant'])
  async create(@Body() dto: CreateUserDto) {
    return ok(await this.users.create(dto));
  }

  @Get()
  @ApiEnvelope(User, { list: true })
  async list(@Query() query: ListUsersQuery) {
    const page = await this.users.list(query);
    return ok(page.data, { meta: page.meta });
  }

  @Get(':id')
  @ApiEnvelope(User)
  async get(@IdParam() id: string) {
    return ok(await this.users.get(id));
  }

  @Patch(':id')
  @ApiEnvelope(User)
  @ApiErrors([409, 'email is taken in this tenant, or the role change would leave the tenant without an admin'])
  async update(@IdParam() id: string, @Body() dto: UpdateUserDto) {
    return ok(await this.users.update(id, dto));
  }

  /** Signs the user out everywhere: their refresh tokens stop working (access tokens end with their 15 minutes). */
  @Post(':id/revoke-sessions')
  @HttpCode(204)
  @ApiNoContent('Sessions revoked')
  async revokeSessions(@IdParam() id: string): Promise<void> {
    await this.users.revokeSessions(id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContent()
  @ApiErrors([409, "The tenant's last admin cannot be deleted"])
  async remove(@IdParam() id: string): Promise<void> {
    await this.users.remove(id);
  }
}
