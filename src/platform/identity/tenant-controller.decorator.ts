import { applyDecorators, Controller, UseGuards } from '@nestjs/common';
import { TenantApi } from '../common/openapi/api-scopes.decorator.js';
import { TenantAuthGuard } from './tenant-auth.guard.js';
import { TenantThrottlerGuard } from '../throttling/throttler.guard.js';
import { TenantGuard } from '../tenancy/tenant.guard.js';

/**
 * A controller under `/api/tenant/<path>`: its routes need a valid `x-tenant-id`, then a bearer token of a user
 * of that tenant (unless marked `@Public()`), with a role allowed by `@Roles()` if it has one; then, for a
 * signed-in request, the tenant's rate limit is counted. The OpenAPI document shows the header, the bearer scheme
 * and the answers those guards give (TenantApi); routes add their own success and error answers.
 */
export function TenantController(path = ''): ClassDecorator {
  return applyDecorators(
    Controller(path ? `api/tenant/${path}` : 'api/tenant'),
    UseGuards(TenantGuard, TenantAuthGuard, TenantThrottlerGuard),
    TenantApi(path || 'tenant'),
  );
}
