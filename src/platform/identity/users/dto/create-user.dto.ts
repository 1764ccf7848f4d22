import { applyDecorators } from '@nestjs/common';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Lowercase, Trim } from '../../../common/dto-transforms.js';
import { USER_ROLES, type UserRole } from '../../user.entity.js';

// Each rule set is shared with UpdateUserDto, which must not let `null` through for these fields.
export const EmailRules = () => applyDecorators(Lowercase(), IsEmail(), MaxLength(254));
export const PasswordRules = () => applyDecorators(IsString(), MinLength(12), MaxLength(256));
export const RoleRules = () => applyDecorators(IsIn(USER_ROLES));

export class CreateUserDto {
  @EmailRules()
  email!: string;

  @PasswordRules()
  password!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  first_name?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  last_name?: string | null;

  @IsOptional()
  @RoleRules()
  role?: UserRole;
}
