import { applyDecorators, Controller, UseGuards } from '@nestjs/common';
import { TenantAuthGuard } from './tenant-auth.guard.js';
import { TenantThrottlerGuard } from '../throttling/throttler.guard.js';
import { TenantGuard } from '../tenancy/tenant.guard.js';

/**
 * A controller under `/api/tenant/<path>`: its routes need a valid `x-tenant-id`, then a bearer token of a user
 * of that tenant (unless marked `@Public()`), with a role allowed by `@Roles()` if it has one; then, for a
 * signed-in request, the tenant's rate limit is counted.
 */
export function TenantController(path = ''): ClassDecorator {
  return applyDecorators(
    Controller(path ? `api/tenant/${path}` : 'api/tenant'),
    UseGuards(TenantGuard, TenantAuthGuard, TenantThrottlerGuard),
  );
}
