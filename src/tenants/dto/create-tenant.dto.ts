import { Type } from 'class-transformer';
import { IsEmail, IsFQDN, IsOptional, IsString, Length, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Lowercase, Trim } from '../../common/dto-transforms.js';

/** The tenant's first admin user, created in the same transaction as the tenant's schema. */
export class TenantAdminDto {
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
  first_name?: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  last_name?: string;
}

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
  @ValidateNested()
  @Type(() => TenantAdminDto)
  admin?: TenantAdminDto;
}
