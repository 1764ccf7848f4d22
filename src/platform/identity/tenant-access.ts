import { type ExecutionContext, Injectable, type OnModuleInit, RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { GRAPHQL_PATH } from '../graphql/graphql-path.js';
import { TenantThrottlerGuard } from '../throttling/throttler.guard.js';
import { TenantGuard } from '../tenancy/tenant.guard.js';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';
import { TenantAuthenticator } from './tenant-authenticator.js';
import type { UserRole } from './user.entity.js';

/** What a tenant route asks of a request, from its `@Public()` and `@Roles()`. */
export interface RouteAccess {
  public: boolean;
  roles?: UserRole[];
}

/** A handler or controller class, as Nest's Reflector reads them. */
type Target = Parameters<Reflector['getAllAndOverride']>[1][number];

const CHECKED = Symbol('tenant access checked');
type CheckedRequest = FastifyRequest & { [CHECKED]?: true };

/** `/a//b/` and `a/b` alike: the form Fastify gives `routeOptions.url` for a Nest route. */
function normalisePath(path: string): string {
  const joined = `/${path}`.replace(/\/{2,}/g, '/');
  return joined.length > 1 && joined.endsWith('/') ? joined.slice(0, -1) : joined;
}

const asArray = (value: string | string[] | undefined) => (Array.isArray(value) ? value : [value ?? '']);

/**
 * Everything a tenant route checks before its handler, in one place: the tenant (TenantGuard), then, unless the
 * route is `@Public()`, the bearer token, the user and its role (TenantAuthenticator) and the tenant's rate limit
 * (TenantThrottlerGuard). `check` runs them in the onRequest hook (app.setup.ts), before the body is read, for every
 * route whose decorators it read at start-up; Nest's guard (TenantAccessGuard) then finds the request checked and
 * returns at once, instead of four awaited Nest guards. A request without a token or the route's role is refused
 * before its body is read. (Throughput: no change measurable, bench/experiments/app-builds.mjs.)
 */
@Injectable()
export class TenantAccess implements OnModuleInit {
  private readonly routes = new Map<string, RouteAccess>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly tenant: TenantGuard,
    private readonly auth: TenantAuthenticator,
    private readonly throttler: TenantThrottlerGuard,
  ) {}

  onModuleInit(): void {
    for (const { metatype } of this.discovery.getControllers()) {
      if (typeof metatype !== 'function') continue;
      const prototype = metatype.prototype as Record<string, Target>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const access = this.accessOf([handler, metatype]);
        for (const base of asArray(Reflect.getMetadata(PATH_METADATA, metatype) as string | string[])) {
          for (const path of asArray(Reflect.getMetadata(PATH_METADATA, handler) as string | string[])) {
            const url = normalisePath(`${base}/${path}`);
            if (url.startsWith('/api/tenant/') || url === '/api/tenant')
              this.routes.set(`${RequestMethod[method]} ${url}`, access);
          }
        }
      }
    }
    // GraphQL is one route for every operation, all for signed-in users; roles are checked per operation.
    for (const method of ['GET', 'POST']) this.routes.set(`${method} ${GRAPHQL_PATH}`, { public: false });
  }

  /** The access rule of the Fastify route `method url`; undefined for a route this service did not read. */
  routeAccess(method: string, url: string): RouteAccess | undefined {
    return this.routes.get(`${method} ${url}`);
  }

  /** The access rule of a Nest handler and its controller. */
  accessOf(targets: [Target, Target]): RouteAccess {
    return {
      public: this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets) === true,
      roles: this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, targets),
    };
  }

  /** Tenant, then token, user, role and the tenant's rate limit; throws the 4xx of the first check that fails. */
  async check(context: ExecutionContext, access: RouteAccess): Promise<true> {
    await this.tenant.canActivate(context);
    const request = context.switchToHttp().getRequest<CheckedRequest>();
    if (!access.public) {
      await this.auth.authenticate(request, access.roles);
      await this.throttler.canActivate(context);
    }
    request[CHECKED] = true;
    return true;
  }

  /**
   * The onRequest hook's check of a request to the route `url` (its path pattern): all of it on a route read at
   * start-up, else the tenant only (Nest's guard does the rest once the route's handler is known).
   */
  checkRoute(context: ExecutionContext, url: string): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const access = this.routeAccess(request.method, url);
    return access ? this.check(context, access) : this.tenant.canActivate(context);
  }

  /** Whether `check` has passed for this request. */
  isChecked(request: FastifyRequest): boolean {
    return (request as CheckedRequest)[CHECKED] === true;
  }
}
