import { type CanActivate, type ExecutionContext, ForbiddenException } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface EarlyGuard {
  /** Whether the guard applies to a route, given its path pattern (`/api/tenants/:id`). */
  routes: (routeUrl: string) => boolean;
  guard: CanActivate;
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
 * Runs guards that decide from the headers alone (the API key, the tenant id) in an `onRequest` hook, before the
 * body is read and parsed, so a request that would be refused costs no parsing. The same guards run again in
 * Nest's pipeline (routes registered without the hook are still covered); TenantGuard then finds its tenant bound.
 */
export function registerEarlyGuards(fastify: FastifyInstance, guards: EarlyGuard[]): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const url = request.routeOptions.url;
    if (url === undefined) return;
    for (const { routes, guard } of guards) {
      if (routes(url) && !(await guard.canActivate(httpContext(request, reply)))) {
        throw new ForbiddenException('Forbidden resource');
      }
    }
  });
}

/** A path and everything under it. */
export const under = (prefix: string) => (url: string) => url === prefix || url.startsWith(`${prefix}/`);
