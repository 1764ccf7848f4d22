import { Get } from '@nestjs/common';
import { ok } from '../common/envelope.js';
import { TenantConnection } from '../tenancy/tenant-connection.js';
import { TenantController } from '../identity/tenant-controller.decorator.js';

@TenantController()
export class CurrentTenantController {
  constructor(private readonly connection: TenantConnection) {}

  @Get()
  current() {
    const { schema: _schema, ...tenant } = this.connection.tenant;
    return ok(tenant);
  }
}
