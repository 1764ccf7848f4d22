import type { ClsStore } from 'nestjs-cls';
import type { Tenant } from '../tenants/tenant.entity.js';

/** A resolved tenant, as the guard leaves it for the rest of the request. */
export interface TenantRef extends Tenant {
  schema: string;
}

/** What the request context (nestjs-cls, AsyncLocalStorage underneath) holds. */
export interface TenantClsStore extends ClsStore {
  tenant?: TenantRef;
}
