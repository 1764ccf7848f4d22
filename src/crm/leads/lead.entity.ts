import {
  DateTimeField,
  EnumField,
  NumberField,
  TextField,
  UuidField,
} from '../../platform/common/openapi/api-fields.decorator.js';

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'won', 'lost'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export class Lead {
  @UuidField() id!: string;
  @TextField() title!: string;
  @EnumField(LEAD_STATUSES) status!: LeadStatus;
  @NumberField({ nullable: true }) value!: number | null;
  @UuidField({ nullable: true }) contact_id!: string | null;
  @UuidField({ nullable: true }) organization_id!: string | null;
  @UuidField({ nullable: true }) owner_id!: string | null;
  @DateTimeField() created_at!: string;
  @DateTimeField() updated_at!: string;
}
