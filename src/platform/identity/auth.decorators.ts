import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { UserRole } from './user.entity.js';

export const PUBLIC_KEY = 'auth:public';
export const ROLES_KEY = 'auth:roles';

/** A tenant route that needs no bearer token (login, refresh). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** The roles allowed on a tenant route or controller; without it any signed-in user is allowed. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES_KEY, roles);

/** The signed-in user that the auth guard loaded for this request. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<{ user?: unknown }>().user,
);
