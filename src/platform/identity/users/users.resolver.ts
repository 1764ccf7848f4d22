import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../../graphql/id-arg.js';
import { type Page, perItem, toPage } from '../../graphql/page.type.js';
import { Roles } from '../auth.decorators.js';
import { GraphqlRolesGuard } from '../graphql-roles.guard.js';
import type { User } from '../user.entity.js';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './dto/user.inputs.js';
import { UserModel, UserPage } from './user.model.js';
import { UsersService } from './users.service.js';

/** Admins only, as `/api/tenant/users`: another role gets FORBIDDEN. Same service, so the same rules. */
@Resolver(() => UserModel)
@Roles('admin')
@UseGuards(GraphqlRolesGuard)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => UserModel)
  user(@IdArg() id: string): Promise<User> {
    return this.service.get(id);
  }

  @Query(() => UserPage, { complexity: perItem })
  async users(@Args() args: UsersArgs): Promise<Page<User>> {
    return toPage(await this.service.list(args));
  }

  @Mutation(() => UserModel)
  createUser(@Args('input') input: CreateUserInput): Promise<User> {
    return this.service.create(input);
  }

  @Mutation(() => UserModel)
  updateUser(@IdArg() id: string, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.service.update(id, input);
  }

  @Mutation(() => Boolean, { description: 'true once deleted; NOT_FOUND when it is not in this tenant' })
  async deleteUser(@IdArg() id: string): Promise<boolean> {
    await this.service.remove(id);
    return true;
  }
}
