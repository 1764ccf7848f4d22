import { Transform } from 'class-transformer';
import { IsFQDN, IsString, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateTenantDto {
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name!: string;

  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @MaxLength(253)
  @IsFQDN({ require_tld: true, allow_underscores: false }, { message: 'domain must be a valid host name' })
  domain!: string;
}
