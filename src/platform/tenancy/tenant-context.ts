import { Injectable } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Tenant } from './tenant.entity.js';

/** A resolved tenant, as the guard leaves it for the rest of the request. */
export interface TenantRef extends Tenant {
  schema: string;
}

interface RequestStore {
  tenant?: TenantRef;
}

/**
 * The current request's tenant, carried by AsyncLocalStorage so that singletons (TenantConnection, the CRUD
 * repositories) serve every request. Measured against the alternatives (bench/experiments, request-scope):
 * Nest's Scope.REQUEST rebuilds the controller chain per request and nestjs-cls costs about as much; plain
 * AsyncLocalStorage is ~1.35x either.
 */
@Injectable()
export class TenantContext {
  private readonly storage = new AsyncLocalStorage<RequestStore>();

  /** The first hook of every request: the rest of the request runs inside its own store. */
  register(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', (_request, _reply, done) => this.storage.run({}, done));
  }

  get tenant(): TenantRef | undefined {
    return this.storage.getStore()?.tenant;
  }

  set tenant(tenant: TenantRef | undefined) {
    const store = this.storage.getStore();
    if (!store) throw new Error('TenantContext is not registered on the HTTP server');
    store.tenant = tenant;
  }
}
