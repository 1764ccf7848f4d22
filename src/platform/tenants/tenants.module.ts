import { Module } from '@nestjs/common';
import { CurrentTenantController } from './current-tenant.controller.js';
import { ExportFiles } from './export-files.js';
import { TenantExportJobs } from './export-jobs.service.js';
import { TenantExportController } from './export.controller.js';
import { TenantExportJob } from './export.job.js';
import { TenantExportRepository } from './export.repository.js';
import { TenantExportService } from './export.service.js';
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
  controllers: [TenantsController, TenantLifecycleController, TenantExportController, CurrentTenantController],
  providers: [
    TenantsService,
    TenantLifecycleService,
    TenantPurgeService,
    TenantPurgeJob,
    TenantsRepository,
    TenantPool,
    TenantPoolRepository,
    TenantExportService,
    TenantExportRepository,
    TenantExportJobs,
    TenantExportJob,
    ExportFiles,
  ],
  exports: [TenantPurgeService],
})
export class TenantsModule {}
