import { Global, Module } from '@nestjs/common';
import { TenantDirectory } from './tenant-directory.repository.js';
import { TenantConnection } from './tenant-connection.js';
import { TenantContext } from './tenant-context.js';
import { TenantResolver } from './tenant-resolver.service.js';
import { TenantGuard } from './tenant.guard.js';
import { TenantPoolLimiter } from './tenant-pool-limiter.js';
import { TenantMetrics } from './tenant.metrics.js';

/** Global so a tenant module needs nothing but `TenantConnection` and `@TenantController()` (from identity). */
@Global()
@Module({
  providers: [
    TenantContext,
    TenantDirectory,
    TenantResolver,
    TenantGuard,
    TenantPoolLimiter,
    TenantConnection,
    TenantMetrics,
  ],
  exports: [TenantContext, TenantDirectory, TenantResolver, TenantGuard, TenantConnection],
})
export class TenancyModule {}
