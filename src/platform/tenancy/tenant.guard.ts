import {
  BadRequestException,
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { isUuid } from '../database/tenant-schema.js';
import { TenantContext } from './tenant-context.js';
import { TenantResolver } from './tenant-resolver.service.js';

export const TENANT_HEADER = 'x-tenant-id';

/**
 * Reads `x-tenant-id`, validates it, resolves the tenant and binds it to the request context. Runs before
 * authentication, so a suspended tenant's login and refresh are refused too.
 */
@Injectable()
export class TenantGuard implements CanActivate {
  constructor(
    private readonly resolver: TenantResolver,
    private readonly context: TenantContext,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Already bound by this guard's run in the onRequest hook (app.setup.ts): the request's tenant is resolved once.
    if (this.context.tenant) return true;
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers[TENANT_HEADER];
    if (header === undefined || header === '') throw new BadRequestException(`${TENANT_HEADER} header is required`);
    if (!isUuid(header)) throw new BadRequestException(`${TENANT_HEADER} header must be a UUID`);
    const tenant = await this.resolver.resolve(header);
    // A deleted tenant answers exactly as one that never existed, until a restore brings it back.
    if (!tenant || tenant.status === 'deleted') throw new NotFoundException('Tenant not found');
    if (tenant.status === 'suspended') throw new ForbiddenException('Tenant is suspended');
    this.context.tenant = tenant;
    return true;
  }
}
