import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../platform/common/pagination.js';

export class ListContactsQuery extends PageQueryDto {
  /** Case-insensitive search on first name, last name and email. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @IsUUID()
  organization_id?: string;
}
