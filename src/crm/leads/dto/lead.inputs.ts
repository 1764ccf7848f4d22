import { ArgsType, Field, Float, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import type { LeadStatus } from '../lead.entity.js';
import { LeadStatusEnum } from '../lead.model.js';
import { CreateLeadDto } from './create-lead.dto.js';
import { ListLeadsQuery } from './list-leads.query.js';

// GraphQL inputs over the REST DTOs: the fields are declared for the schema, the validation rules are inherited.

@InputType('CreateLeadInput')
export class CreateLeadInput extends CreateLeadDto {
  @Field(() => String)
  declare title: string;

  @Field(() => LeadStatusEnum, { nullable: true })
  declare status?: LeadStatus;

  @Field(() => Float, { nullable: true })
  declare value?: number | null;

  @Field(() => ID, { nullable: true })
  declare contact_id?: string | null;

  @Field(() => ID, { nullable: true })
  declare organization_id?: string | null;

  @Field(() => ID, { nullable: true })
  declare owner_id?: string | null;
}

@InputType('UpdateLeadInput')
export class UpdateLeadInput extends PartialType(CreateLeadInput, InputType) {}

@ArgsType()
export class LeadsArgs extends ListLeadsQuery {
  @Field(() => Int, { defaultValue: 50 })
  declare limit: number;

  @Field(() => String, { nullable: true })
  declare cursor?: string;

  @Field(() => String, { nullable: true })
  declare q?: string;

  @Field(() => LeadStatusEnum, { nullable: true })
  declare status?: LeadStatus;

  @Field(() => ID, { nullable: true })
  declare contact_id?: string;

  @Field(() => ID, { nullable: true })
  declare organization_id?: string;

  @Field(() => ID, { nullable: true })
  declare owner_id?: string;
}
