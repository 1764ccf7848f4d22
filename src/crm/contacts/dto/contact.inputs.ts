import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { CreateContactDto } from './create-contact.dto.js';
import { ListContactsQuery } from './list-contacts.query.js';

// GraphQL inputs over the REST DTOs: the fields are declared for the schema, the validation rules are inherited.

@InputType('CreateContactInput')
export class CreateContactInput extends CreateContactDto {
  @Field(() => String)
  declare first_name: string;

  @Field(() => String, { nullable: true })
  declare last_name?: string | null;

  @Field(() => String, { nullable: true })
  declare email?: string | null;

  @Field(() => String, { nullable: true })
  declare phone?: string | null;

  @Field(() => ID, { nullable: true })
  declare organization_id?: string | null;

  @Field(() => String, { nullable: true })
  declare notes?: string | null;
}

@InputType('UpdateContactInput')
export class UpdateContactInput extends PartialType(CreateContactInput, InputType) {}

@ArgsType()
export class ContactsArgs extends ListContactsQuery {
  @Field(() => Int, { defaultValue: 50 })
  declare limit: number;

  @Field(() => String, { nullable: true })
  declare cursor?: string;

  @Field(() => String, { nullable: true })
  declare q?: string;

  @Field(() => ID, { nullable: true })
  declare organization_id?: string;
}
