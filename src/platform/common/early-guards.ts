import { type ExecutionContext, ForbiddenException } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface EarlyGuard {
  /** Whether the guard applies to a route, given its path pattern (`/api/tenants/:id`). */
  routes: (routeUrl: string) => boolean;
  /** A guard's check, given the route's path pattern too (read once per request: Fastify builds it on each read). */
  check: (context: ExecutionContext, routeUrl: string) => boolean | Promise<boolean>;
}

/** The slice of an ExecutionContext a guard that reads only the request needs. */
function httpContext(request: FastifyRequest, reply: FastifyReply): ExecutionContext {
  const args = [request, reply];
  const http = { getRequest: () => request, getResponse: () => reply, getNext: () => undefined };
  return {
    getType: () => 'http',
    getArgs: () => args,
    getArgByIndex: (index: number) => args[index],
    getClass: () => EarlyGuardHook,
    getHandler: () => registerEarlyGuards,
    switchToHttp: () => http,
  } as unknown as ExecutionContext;
}

class EarlyGuardHook {}

/**
 * Runs checks that decide from the headers alone (the API key; the tenant, token, role and tenant limit) in an
 * `onRequest` hook, before the body is read and parsed, so a request that would be refused costs no parsing. Nest's
 * guards still run in its pipeline (routes registered without the hook are still covered) and find the work done.
 */
export function registerEarlyGuards(fastify: FastifyInstance, guards: EarlyGuard[]): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const url = request.routeOptions.url;
    if (url === undefined) return;
    for (const { routes, check } of guards) {
      if (routes(url) && !(await check(httpContext(request, reply), url))) {
        throw new ForbiddenException('Forbidden resource');
      }
    }
  });
}

/** A path and everything under it. */
export const under = (prefix: string) => (url: string) => url === prefix || url.startsWith(`${prefix}/`);
