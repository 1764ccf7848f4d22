import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTime } from '../../platform/graphql/date-time.scalar.js';
import { PageType } from '../../platform/graphql/page.type.js';
import type { Organization } from './organization.entity.js';

@ObjectType('Organization')
export class OrganizationModel implements Organization {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  domain!: string | null;

  @Field(() => String, { nullable: true })
  industry!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => DateTime)
  created_at!: string;

  @Field(() => DateTime)
  updated_at!: string;
}

export const OrganizationPage = PageType(OrganizationModel, 'OrganizationPage');
