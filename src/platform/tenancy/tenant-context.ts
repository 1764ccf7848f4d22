import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RequestContext } from '../common/request-context.js';
import type { Tenant } from './tenant.entity.js';

/** A resolved tenant, as the guard leaves it for the rest of the request. */
export interface TenantRef extends Tenant {
  schema: string;
}

/** The current request's tenant: a typed view of the `tenant` slot of the `RequestContext`. */
@Injectable()
export class TenantContext {
  constructor(private readonly context: RequestContext) {}

  /**
   * Runs `fn` in a store of its own bound to `tenant`: how a job handler gets the context a request has. The
   * request id names the job, so its log lines and audit rows can be traced back to it.
   */
  run<T>(tenant: TenantRef | undefined, fn: () => T, requestId: string = randomUUID()): T {
    return this.context.run({ request_id: requestId, ip: null, tenant }, fn);
  }

  get tenant(): TenantRef | undefined {
    return this.context.current?.tenant as TenantRef | undefined;
  }

  set tenant(tenant: TenantRef | undefined) {
    this.context.required.tenant = tenant;
  }
}
