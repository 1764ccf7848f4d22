import { Module } from '@nestjs/common';
import { CurrentTenantController } from './current-tenant.controller.js';
import { TenantsController } from './tenants.controller.js';
import { TenantsRepository } from './tenants.repository.js';
import { TenantsService } from './tenants.service.js';

@Module({
  controllers: [TenantsController, CurrentTenantController],
  providers: [TenantsService, TenantsRepository],
})
export class TenantsModule {}
