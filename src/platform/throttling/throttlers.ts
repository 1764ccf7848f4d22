import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerOptions } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import type { Env } from '../config/env.validation.js';

/** Route metadata of `@AuthThrottle()` (throttling.decorators.ts). */
export const AUTH_THROTTLE_KEY = 'throttle:auth';
export const TENANT_THROTTLER = 'tenant';
export const IP_THROTTLER = 'ip';
export const RATE_LIMIT_MESSAGE = 'Too many requests; retry later';
const MINUTE = 60_000;

type Limits = Pick<
  Env,
  | 'RATE_LIMIT_TENANT_PER_MINUTE'
  | 'RATE_LIMIT_AUTH_PER_IP_PER_MINUTE'
  | 'RATE_LIMIT_AUTH_PER_EMAIL_IP_PER_MINUTE'
  | 'RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE'
>;

const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<FastifyRequest>();
const asRequest = (req: Record<string, unknown>) => req as unknown as FastifyRequest;
const isAuthRoute = (context: ExecutionContext) =>
  Reflect.getMetadata(AUTH_THROTTLE_KEY, context.getHandler()) === true;
// The library counts per route by default; these limits count per tracker across all routes.
const acrossRoutes = (_context: unknown, tracker: string, name: string) => `${name}:${tracker}`;

/** The email a login names, as the user lookup normalises it; undefined for anything else. */
function loginEmail(request: FastifyRequest): string | undefined {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : undefined;
}
const tenantOf = (request: FastifyRequest) => String(request.headers['x-tenant-id']).toLowerCase();

/**
 * The limits the guards count, in order (a request refused by one is not counted by the later ones). The per-IP
 * limit on every /api route comes first, before the body is read (`ip-limit.hook.ts`).
 * - `tenant`: a tenant's signed-in requests, counted by TenantThrottlerGuard after the token was verified, so
 *   nobody can spend a tenant's quota by sending its id (login and refresh have their own limits below);
 * - `auth-ip`: login and refresh per client IP;
 * - `auth-email-ip`: login per tenant + email + IP: one attacker is stopped after a few guesses, while the owner
 *   signing in from another address is not;
 * - `auth-email`: login per tenant + email from all IPs together, a higher ceiling against guessing from many
 *   addresses. An attacker's attempts refused by `auth-email-ip` never reach it.
 */
export function throttlers(limits: Limits): ThrottlerOptions[] {
  return [
    {
      name: TENANT_THROTTLER,
      ttl: MINUTE,
      generateKey: acrossRoutes,
      limit: limits.RATE_LIMIT_TENANT_PER_MINUTE,
      getTracker: (req) => `tenant:${tenantOf(asRequest(req))}`,
    },
    {
      name: 'auth-ip',
      ttl: MINUTE,
      generateKey: acrossRoutes,
      limit: limits.RATE_LIMIT_AUTH_PER_IP_PER_MINUTE,
      skipIf: (context) => !isAuthRoute(context),
      getTracker: (req) => `ip:${asRequest(req).ip}`,
    },
    {
      name: 'auth-email-ip',
      ttl: MINUTE,
      generateKey: acrossRoutes,
      limit: limits.RATE_LIMIT_AUTH_PER_EMAIL_IP_PER_MINUTE,
      skipIf: (context) => !isAuthRoute(context) || loginEmail(requestOf(context)) === undefined,
      getTracker: (req) => {
        const request = asRequest(req);
        return `email-ip:${tenantOf(request)}:${loginEmail(request)}:${request.ip}`;
      },
    },
    {
      name: 'auth-email',
      ttl: MINUTE,
      generateKey: acrossRoutes,
      limit: limits.RATE_LIMIT_AUTH_PER_EMAIL_PER_MINUTE,
      skipIf: (context) => !isAuthRoute(context) || loginEmail(requestOf(context)) === undefined,
      getTracker: (req) => `email:${tenantOf(asRequest(req))}:${loginEmail(asRequest(req))}`,
    },
  ];
}
