import { Global, Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module.js';
import { CurrentTenantController } from './current-tenant.controller.js';
import { TenantConnection } from './tenant-connection.js';
import { TenantContext } from './tenant-context.js';
import { TenantResolver } from './tenant-resolver.service.js';
import { TenantGuard } from './tenant.guard.js';

/** Global so a tenant module needs nothing but `TenantConnection` and `@TenantController()`. */
@Global()
@Module({
  imports: [TenantsModule],
  controllers: [CurrentTenantController],
  providers: [TenantContext, TenantResolver, TenantGuard, TenantConnection],
  exports: [TenantContext, TenantResolver, TenantGuard, TenantConnection],
})
export class TenancyModule {}
