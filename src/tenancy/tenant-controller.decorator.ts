import { applyDecorators, Controller, UseGuards } from '@nestjs/common';
import { TenantGuard } from './tenant.guard.js';

/** A controller under `/api/tenant/<path>` whose routes require a valid `x-tenant-id`. */
export function TenantController(path = ''): ClassDecorator {
  return applyDecorators(Controller(path ? `api/tenant/${path}` : 'api/tenant'), UseGuards(TenantGuard));
}
