import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { TenantAccess } from './tenant-access.js';

/**
 * The one Nest guard of a tenant route. The onRequest hook has normally checked the request already (TenantAccess),
 * and this returns at once, without a promise; for a route the hook did not know, it runs the same checks here.
 */
@Injectable()
export class TenantAccessGuard implements CanActivate {
  constructor(private readonly access: TenantAccess) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (this.access.isChecked(context.switchToHttp().getRequest<FastifyRequest>())) return true;
    return this.access.check(context, this.access.accessOf([context.getHandler(), context.getClass()]));
  }
}
