import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Lowercase, Trim } from '../../../platform/common/dto-transforms.js';

export class CreateOrganizationDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @Lowercase()
  @IsString()
  @MaxLength(253)
  domain?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  industry?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  phone?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  address?: string | null;
}
