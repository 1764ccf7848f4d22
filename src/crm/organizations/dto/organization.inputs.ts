import { ArgsType, Field, InputType, Int, PartialType } from '@nestjs/graphql';
import { CreateOrganizationDto } from './create-organization.dto.js';
import { ListOrganizationsQuery } from './list-organizations.query.js';

// GraphQL inputs over the REST DTOs: the fields are declared for the schema, the validation rules are inherited.

@InputType('CreateOrganizationInput')
export class CreateOrganizationInput extends CreateOrganizationDto {
  @Field(() => String)
  declare name: string;

  @Field(() => String, { nullable: true })
  declare domain?: string | null;

  @Field(() => String, { nullable: true })
  declare industry?: string | null;

  @Field(() => String, { nullable: true })
  declare phone?: string | null;

  @Field(() => String, { nullable: true })
  declare address?: string | null;
}

@InputType('UpdateOrganizationInput')
export class UpdateOrganizationInput extends PartialType(CreateOrganizationInput, InputType) {}

@ArgsType()
export class OrganizationsArgs extends ListOrganizationsQuery {
  @Field(() => Int, { defaultValue: 50 })
  declare limit: number;

  @Field(() => String, { nullable: true })
  declare cursor?: string;

  @Field(() => String, { nullable: true })
  declare q?: string;
}
