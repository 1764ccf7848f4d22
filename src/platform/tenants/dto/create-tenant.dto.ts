import { OmitType } from '@nestjs/mapped-types';
import { Type } from 'class-transformer';
import { IsFQDN, IsObject, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { Lowercase, Trim } from '../../common/dto-transforms.js';
import { CreateUserDto } from '../../identity/users/dto/create-user.dto.js';

/** The tenant's first admin user (the users API's rules, role fixed to admin), created with the tenant's schema. */
export class TenantAdminDto extends OmitType(CreateUserDto, ['role'] as const) {}

export class CreateTenantDto {
  @Trim()
  @IsString()
  @Length(1, 100)
  name!: string;

  @Lowercase()
  @IsString()
  @MaxLength(253)
  @IsFQDN({ require_tld: true, allow_underscores: false }, { message: 'domain must be a valid host name' })
  domain!: string;

  @IsOptional()
  // ValidateNested alone accepts an array of valid admins, and the service would then read `password` of an array.
  @IsObject({ message: 'admin must be an object' })
  @ValidateNested()
  @Type(() => TenantAdminDto)
  admin?: TenantAdminDto;
}
