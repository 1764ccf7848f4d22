import { Get } from '@nestjs/common';
import { ok } from '../common/envelope.js';
import { ApiEnvelope } from '../common/openapi/api-responses.decorator.js';
import { Tenant } from '../tenancy/tenant.entity.js';
import { TenantConnection } from '../tenancy/tenant-connection.js';
import { TenantController } from '../identity/tenant-controller.decorator.js';

@TenantController()
export class CurrentTenantController {
  constructor(private readonly connection: TenantConnection) {}

  @Get()
  @ApiEnvelope(Tenant, { description: 'The tenant of x-tenant-id' })
  current() {
    const { schema: _schema, ...tenant } = this.connection.tenant;
    return ok(tenant);
  }
}
