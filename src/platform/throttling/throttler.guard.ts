import { type ExecutionContext, Injectable } from '@nestjs/common';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { StaticMetadataReflector } from './static-metadata.reflector.js';
import { TENANT_THROTTLER } from './throttlers.js';

/**
 * The credential routes' limits (per IP, per email), on the routes marked `@AuthThrottle()`: every limit except the
 * per-tenant one, which TenantThrottlerGuard counts on tenant routes once the request has proved it belongs to the
 * tenant.
 * The library names its header per throttler (`Retry-After-tenant`); clients and proxies read `Retry-After`.
 */
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  // Nest's Reflector keeps no state of its own: this one reads the same metadata, and remembers it.
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
  ) {
    super(options, storage, new StaticMetadataReflector());
  }

  // The library reads every limit's route metadata and settings on each request before it decides to count it:
  // each guard keeps only the limits it counts.
  override async onModuleInit(): Promise<void> {
    await super.onModuleInit();
    this.throttlers = this.throttlers.filter((throttler) => this.counts(throttler.name ?? 'default'));
  }

  /** Whether this guard counts the named limit. */
  protected counts(name: string): boolean {
    return name !== TENANT_THROTTLER;
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

/**
 * On tenant routes, after the auth guard: the per-tenant limit, for signed-in requests only. Public routes
 * (login, refresh) have no user and are limited per IP and per email instead, so an anonymous flood carrying a
 * tenant's id never spends that tenant's quota.
 */
@Injectable()
export class TenantThrottlerGuard extends AppThrottlerGuard {
  protected override counts(name: string): boolean {
    return name === TENANT_THROTTLER;
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const signedIn = request.context.switchToHttp().getRequest<FastifyRequest & { user?: unknown }>().user;
    return signedIn === undefined ? Promise.resolve(true) : super.handleRequest(request);
  }
}
