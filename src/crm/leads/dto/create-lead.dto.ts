import { IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../../platform/common/dto-transforms.js';
import { MaxTwoDecimals } from '../../../platform/common/dto-validators.js';
import { LEAD_STATUSES, type LeadStatus } from '../lead.entity.js';

export class CreateLeadDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @IsOptional()
  @IsIn(LEAD_STATUSES)
  status?: LeadStatus;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @MaxTwoDecimals()
  @Min(0)
  @Max(999_999_999_999)
  value?: number | null;

  @IsOptional()
  @IsUUID()
  contact_id?: string | null;

  @IsOptional()
  @IsUUID()
  organization_id?: string | null;

  @IsOptional()
  @IsUUID()
  owner_id?: string | null;
}
