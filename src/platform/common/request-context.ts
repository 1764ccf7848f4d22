import { Global, Injectable, Module } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';

export const REQUEST_ID_HEADER = 'x-request-id';
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Who is acting: a signed-in user of the request's tenant, or a platform operator (x-api-key). */
export type Actor = { type: 'user'; id: string; role: string } | { type: 'platform' };

/**
 * What one request carries from the first hook to the last query. `tenant` is typed loosely here (this module sits
 * below tenancy); `TenantContext` gives it its real type.
 */
export interface RequestStore {
  request_id: string;
  ip: string | null;
  tenant?: unknown;
  actor?: Actor;
}

/** Fastify `genReqId`: the client's `x-request-id` when it is 1-64 of `[A-Za-z0-9._-]`, otherwise a new UUID. */
export function requestIdFor(request: IncomingMessage): string {
  const header = request.headers[REQUEST_ID_HEADER];
  return typeof header === 'string' && CLIENT_REQUEST_ID.test(header) ? header : randomUUID();
}

/** One store per process: the logger reads it too (`currentRequestStore`), before and outside Nest's container. */
const storage = new AsyncLocalStorage<RequestStore>();

/** The running request's store (undefined outside a request): for log lines, which cannot inject a provider. */
export function currentRequestStore(): RequestStore | undefined {
  return storage.getStore();
}

/**
 * The per-request store, carried by AsyncLocalStorage so that singletons serve every request (measured against
 * Nest's Scope.REQUEST and nestjs-cls in bench/experiments/request-scope: ~1.35x either). Outside a request (CLI
 * scripts, start-up) there is no store: `current` is undefined and audit rows name no actor, IP or request.
 */
@Injectable()
export class RequestContext {
  private readonly storage = storage;

  /** The first hook of every request: the rest of it runs inside its own store, and every response names its id. */
  register(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', (request, reply, done) => {
      reply.header(REQUEST_ID_HEADER, request.id);
      this.storage.run({ request_id: request.id, ip: request.ip ?? null }, done);
    });
  }

  get current(): RequestStore | undefined {
    return this.storage.getStore();
  }

  /** The store of the running request; throws outside one, where setting anything would be lost. */
  get required(): RequestStore {
    const store = this.storage.getStore();
    if (!store) throw new Error('RequestContext is not registered on the HTTP server');
    return store;
  }

  set actor(actor: Actor | undefined) {
    this.required.actor = actor;
  }

  /** Runs `fn` inside a store of its own (scripts and tests that act outside an HTTP request). */
  run<T>(store: RequestStore, fn: () => T): T {
    return this.storage.run(store, fn);
  }
}

/** Global: every layer (tenancy, identity, audit) reads the same store. */
@Global()
@Module({ providers: [RequestContext], exports: [RequestContext] })
export class RequestContextModule {}
