import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../platform/common/pagination.js';

export class ListOrganizationsQuery extends PageQueryDto {
  /** Case-insensitive search on name, domain and industry. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
