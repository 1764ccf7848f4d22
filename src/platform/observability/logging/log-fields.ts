import { currentRequestStore, type RequestStore } from '../../common/request-context.js';

/** The ids every log line inside a request carries, read from the request context (pino's `mixin`). */
export interface RequestLogFields {
  request_id?: string;
  tenant_id?: string;
  user_id?: string;
}

export function tenantIdOf(store: RequestStore | undefined): string | undefined {
  const tenant = store?.tenant as { id?: unknown } | undefined;
  return typeof tenant?.id === 'string' ? tenant.id : undefined;
}

export function userIdOf(store: RequestStore | undefined): string | undefined {
  return store?.actor?.type === 'user' ? store.actor.id : undefined;
}

/** Outside a request (start-up, timers) nothing is added. A new object each time: pino merges the line into it. */
export function requestLogFields(): RequestLogFields {
  const store = currentRequestStore();
  if (!store) return {};
  return { request_id: store.request_id, tenant_id: tenantIdOf(store), user_id: userIdOf(store) };
}
