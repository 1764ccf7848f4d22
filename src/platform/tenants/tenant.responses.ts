import { ApiProperty } from '@nestjs/swagger';
import { TextField, UuidField } from '../common/openapi/api-fields.decorator.js';
import { Tenant, TenantAdmin } from '../tenancy/tenant.entity.js';

/** `POST /api/tenants`: the tenant, with its first admin when one was given. */
export class CreatedTenant extends Tenant {
  @ApiProperty({ type: () => TenantAdmin, required: false }) admin?: TenantAdmin;
}

/** `DELETE /api/tenants/:id?purge=now`: what was erased. */
export class PurgedTenant {
  @UuidField() id!: string;
  @TextField() name!: string;
  @TextField({ format: 'hostname' }) domain!: string;
  @ApiProperty({ enum: [true] }) purged!: true;
}
