import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { PageType } from '../../platform/graphql/page.type.js';
import type { Contact } from './contact.entity.js';

@ObjectType('Contact')
export class ContactModel implements Contact {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  first_name!: string;

  @Field(() => String, { nullable: true })
  last_name!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => ID, { nullable: true })
  organization_id!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => GraphQLISODateTime)
  created_at!: Date;

  @Field(() => GraphQLISODateTime)
  updated_at!: Date;
}

export const ContactPage = PageType(ContactModel, 'ContactPage');
