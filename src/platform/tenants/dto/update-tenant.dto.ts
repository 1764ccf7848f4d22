import { IsFQDN, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { Lowercase, Trim } from '../../common/dto-transforms.js';

/**
 * `PATCH /api/tenants/:id`: the create rules for each field given. `ValidateIf` rather than `IsOptional`, because
 * IsOptional would let `null` through and neither field can be cleared. An empty patch is refused by the service.
 */
export class UpdateTenantDto {
  @ValidateIf((o: UpdateTenantDto) => o.name !== undefined)
  @Trim()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ValidateIf((o: UpdateTenantDto) => o.domain !== undefined)
  @Lowercase()
  @IsString()
  @MaxLength(253)
  @IsFQDN({ require_tld: true, allow_underscores: false }, { message: 'domain must be a valid host name' })
  domain?: string;
}
