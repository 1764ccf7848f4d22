import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Lowercase, Trim } from '../../../platform/common/dto-transforms.js';

export class CreateContactDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  first_name!: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  last_name?: string | null;

  @IsOptional()
  @Lowercase()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  phone?: string | null;

  @IsOptional()
  @IsUUID()
  organization_id?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(10000)
  notes?: string | null;
}
