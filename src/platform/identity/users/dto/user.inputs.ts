import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import type { UserRole } from '../../user.entity.js';
import { UserRoleEnum } from '../user.model.js';
import { CreateUserDto } from './create-user.dto.js';
import { ListUsersQuery } from './list-users.query.js';
import { UpdateUserDto } from './update-user.dto.js';

// GraphQL inputs over the REST DTOs: the fields are declared for the schema, the validation rules are inherited.

@InputType('CreateUserInput')
export class CreateUserInput extends CreateUserDto {
  @Field(() => String)
  declare email: string;

  @Field(() => String)
  declare password: string;

  @Field(() => String, { nullable: true })
  declare first_name?: string | null;

  @Field(() => String, { nullable: true })
  declare last_name?: string | null;

  @Field(() => UserRoleEnum, { nullable: true })
  declare role?: UserRole;
}

/** As REST: `null` clears a name; an email, a password or a role cannot be cleared (BAD_USER_INPUT). */
@InputType('UpdateUserInput')
export class UpdateUserInput extends UpdateUserDto {
  @Field(() => String, { nullable: true })
  declare email?: string;

  @Field(() => String, { nullable: true })
  declare password?: string;

  @Field(() => String, { nullable: true })
  declare first_name?: string | null;

  @Field(() => String, { nullable: true })
  declare last_name?: string | null;

  @Field(() => UserRoleEnum, { nullable: true })
  declare role?: UserRole;
}

@ArgsType()
export class UsersArgs extends ListUsersQuery {
  @Field(() => Int, { defaultValue: 50 })
  declare limit: number;

  @Field(() => String, { nullable: true })
  declare cursor?: string;

  @Field(() => String, { nullable: true })
  declare q?: string;

  @Field(() => UserRoleEnum, { nullable: true })
  declare role?: UserRole;
}
