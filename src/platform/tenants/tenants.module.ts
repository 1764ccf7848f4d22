import { Module } from '@nestjs/common';
import { CurrentTenantController } from './current-tenant.controller.js';
import { TenantLifecycleController } from './tenant-lifecycle.controller.js';
import { TenantLifecycleService } from './tenant-lifecycle.service.js';
import { TenantPoolRepository } from './tenant-pool.repository.js';
import { TenantPool } from './tenant-pool.service.js';
import { TenantPurgeJob } from './tenant-purge.job.js';
import { TenantPurgeService } from './tenant-purge.service.js';
import { TenantsController } from './tenants.controller.js';
import { TenantsRepository } from './tenants.repository.js';
import { TenantsService } from './tenants.service.js';

@Module({
  controllers: [TenantsController, TenantLifecycleController, CurrentTenantController],
  providers: [
    TenantsService,
    TenantLifecycleService,
    TenantPurgeService,
    TenantPurgeJob,
    TenantsRepository,
    TenantPool,
    TenantPoolRepository,
  ],
  exports: [TenantPurgeService],
})
export class TenantsModule {}
