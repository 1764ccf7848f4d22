import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTime } from '../../graphql/date-time.scalar.js';
import { PageType } from '../../graphql/page.type.js';
import { USER_ROLES, type User, type UserRole } from '../user.entity.js';

export const UserRoleEnum = Object.fromEntries(USER_ROLES.map((r) => [r, r])) as { [R in UserRole]: R };
registerEnumType(UserRoleEnum, { name: 'UserRole' });

/** A tenant's user: never the password or its hash (the type has no such field). */
@ObjectType('User')
export class UserModel implements User {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  first_name!: string | null;

  @Field(() => String, { nullable: true })
  last_name!: string | null;

  @Field(() => UserRoleEnum)
  role!: UserRole;

  @Field(() => DateTime)
  created_at!: string | Date;

  @Field(() => DateTime)
  updated_at!: string | Date;
}

export const UserPage = PageType(UserModel, 'UserPage');
