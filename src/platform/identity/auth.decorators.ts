import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { PublicApi } from '../common/openapi/api-scopes.decorator.js';
import type { UserRole } from './user.entity.js';

export const PUBLIC_KEY = 'auth:public';
export const ROLES_KEY = 'auth:roles';

/** A tenant route that needs no bearer token (login, refresh); the OpenAPI document shows it without security. */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_KEY, true), PublicApi());

/** The roles allowed on a tenant route or controller; without it any signed-in user is allowed. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES_KEY, roles);

/** The signed-in user that the auth guard loaded for this request. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<{ user?: unknown }>().user,
);
