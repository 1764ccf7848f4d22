import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTime } from '../../platform/graphql/date-time.scalar.js';
import { PageType } from '../../platform/graphql/page.type.js';
import { LEAD_STATUSES, type Lead, type LeadStatus } from './lead.entity.js';

export const LeadStatusEnum = Object.fromEntries(LEAD_STATUSES.map((s) => [s, s])) as { [S in LeadStatus]: S };
registerEnumType(LeadStatusEnum, { name: 'LeadStatus' });

@ObjectType('Lead')
export class LeadModel implements Lead {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => LeadStatusEnum)
  status!: LeadStatus;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => ID, { nullable: true })
  contact_id!: string | null;

  @Field(() => ID, { nullable: true })
  organization_id!: string | null;

  @Field(() => ID, { nullable: true })
  owner_id!: string | null;

  @Field(() => DateTime)
  created_at!: string;

  @Field(() => DateTime)
  updated_at!: string;
}

export const LeadPage = PageType(LeadModel, 'LeadPage');
