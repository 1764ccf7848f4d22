import { Injectable } from '@nestjs/common';
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

  get tenant(): TenantRef | undefined {
    return this.context.current?.tenant as TenantRef | undefined;
  }

  set tenant(tenant: TenantRef | undefined) {
    this.context.required.tenant = tenant;
  }
}
