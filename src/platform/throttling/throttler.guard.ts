import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerRequest } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { TENANT_ROUTE_KEY } from './throttling.decorators.js';

export const TENANT_THROTTLER = 'tenant';

const isTenantRoute = (context: ExecutionContext) => Reflect.getMetadata(TENANT_ROUTE_KEY, context.getClass()) === true;

/**
 * The global guard: every limit except the per-tenant one on tenant routes, which is counted only after the
 * request has been authenticated (TenantThrottlerGuard), so nobody can spend a tenant's quota by sending its id.
 * The library names its header per throttler (`Retry-After-tenant`); clients and proxies read `Retry-After`.
 */
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    return this.counts(request) ? super.handleRequest(request) : Promise.resolve(true);
  }

  /** Whether this guard counts the given limit for this request. */
  protected counts(request: ThrottlerRequest): boolean {
    return !(request.throttler.name === TENANT_THROTTLER && isTenantRoute(request.context));
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    reply.header('Retry-After', String(Math.max(1, detail.timeToBlockExpire)));
    return super.throwThrottlingException(context, detail);
  }
}

/** On tenant routes, after the auth guard: the per-tenant limit, for requests that proved they belong there. */
@Injectable()
export class TenantThrottlerGuard extends AppThrottlerGuard {
  protected override counts(request: ThrottlerRequest): boolean {
    return request.throttler.name === TENANT_THROTTLER;
  }
}
