import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ROLES_KEY } from './auth.decorators.js';
import type { User, UserRole } from './user.entity.js';

/**
 * `@Roles()` on a resolver or one of its operations. The token, the tenant and the user were checked once for the
 * whole request, before its body was read (app.setup.ts); this checks the user's role per operation.
 */
@Injectable()
export class GraphqlRolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles) return true;
    const { req } = GqlExecutionContext.create(context).getContext<{ req: { user?: User } }>();
    if (!req.user || !roles.includes(req.user.role)) throw new ForbiddenException('Your role may not do this');
    return true;
  }
}
