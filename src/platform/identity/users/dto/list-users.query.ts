import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination.js';
import { USER_ROLES, type UserRole } from '../../user.entity.js';

export class ListUsersQuery extends PageQueryDto {
  /** Case-insensitive search on first name, last name and email. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;
}
