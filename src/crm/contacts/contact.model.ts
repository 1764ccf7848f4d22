import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTime } from '../../platform/graphql/date-time.scalar.js';
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

  @Field(() => DateTime)
  created_at!: string;

  @Field(() => DateTime)
  updated_at!: string;
}

export const ContactPage = PageType(ContactModel, 'ContactPage');
