import { applyDecorators, Controller, UseGuards } from '@nestjs/common';
import { TenantApi } from '../common/openapi/api-scopes.decorator.js';
import { TenantAccessGuard } from './tenant-access.guard.js';

/**
 * A controller under `/api/tenant/<path>`: its routes need a valid `x-tenant-id`, then a bearer token of a user
 * of that tenant (unless marked `@Public()`), with a role allowed by `@Roles()` if it has one; then, for a
 * signed-in request, the tenant's rate limit is counted (TenantAccess, normally in the onRequest hook). The OpenAPI
 * document shows the header, the bearer scheme and the answers those checks give (TenantApi); routes add their own
 * success and error answers.
 */
export function TenantController(path = ''): ClassDecorator {
  return applyDecorators(
    Controller(path ? `api/tenant/${path}` : 'api/tenant'),
    UseGuards(TenantAccessGuard),
    TenantApi(path || 'tenant'),
  );
}
