import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from './api-responses.decorator.js';

/** Security scheme names of the document (openapi.document.ts declares them). */
export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'api-key';

/**
 * A controller of tenant routes (`/api/tenant/...`): the required `x-tenant-id` header, the bearer token, and the
 * answers every tenant route can give (bad or missing tenant id 400, no token 401, suspended tenant or role 403,
 * unknown tenant 404). `@TenantController()` applies it, so a new resource is documented without anything more.
 */
export function TenantApi(tag: string): ClassDecorator {
  return applyDecorators(
    ApiTags(tag),
    ApiHeader({
      name: 'x-tenant-id',
      required: true,
      description: 'The tenant the request acts in',
      schema: { type: 'string', format: 'uuid' },
    }),
    ApiBearerAuth(BEARER_SCHEME),
    ApiErrors(400, 401, 403, 404),
  );
}

/** A controller of the platform operators' routes (`/api/tenants`): the `x-api-key` header, 401 without it. */
export function PlatformApi(tag = 'platform: tenants'): ClassDecorator {
  return applyDecorators(ApiTags(tag), ApiSecurity(API_KEY_SCHEME), ApiErrors(400, 401));
}

/**
 * A tenant route that needs no bearer token (sign-in, refresh): the empty security requirement, which the document
 * builder turns into `security: []` (decorators can only add requirements to the controller's).
 */
export const PublicApi = () => ApiSecurity({} as Record<string, string[]>);
