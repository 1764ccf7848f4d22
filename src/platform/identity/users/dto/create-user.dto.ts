import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Lowercase, Trim } from '../../../common/dto-transforms.js';
import { USER_ROLES, type UserRole } from '../../user.entity.js';

export class CreateUserDto {
  @Lowercase()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(12)
  @MaxLength(256)
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
  @IsIn(USER_ROLES)
  role?: UserRole;
}
