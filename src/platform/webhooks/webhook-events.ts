import { createHash } from 'node:crypto';

/**
 * Event types: `<resource>.created|updated|deleted` for every CRM resource built on the CRUD base (organization,
 * contact, lead, task, and generated ones: the table name in singular), plus `lead.status_changed`.
 * A tenant's users are identity, not CRM data: no events for them.
 */
export const EVENT_TYPE = /^[a-z][a-z0-9_]{0,62}\.(created|updated|deleted|status_changed)$/;

const NO_EVENTS = new Set(['user', 'refresh_token', 'webhook_subscription', 'webhook_attempt', 'audit_log']);

/** `contacts` → `contact`, `product_categories` → `product_category`. */
export function singular(table: string): string {
  if (table.endsWith('ies')) return `${table.slice(0, -3)}y`;
  return table.endsWith('s') ? table.slice(0, -1) : table;
}

export function isSubscribableEvent(type: string): boolean {
  if (!EVENT_TYPE.test(type)) return false;
  const [resource, action] = type.split('.');
  if (NO_EVENTS.has(resource)) return false;
  return action !== 'status_changed' || resource === 'lead';
}

const ACTIONS: Record<string, string> = { create: 'created', update: 'updated', delete: 'deleted' };

/** The event types an audit row of a CRUD write stands for (none for other audit rows). */
export function eventTypesFor(action: string, resource: string, changes: Record<string, unknown> | null): string[] {
  const past = ACTIONS[action];
  const name = singular(resource);
  if (!past || NO_EVENTS.has(name) || !EVENT_TYPE.test(`${name}.${past}`)) return [];
  const types = [`${name}.${past}`];
  if (name === 'lead' && action === 'update' && changes && 'status' in changes) types.push('lead.status_changed');
  return types;
}

/** An event's id: its audit row's id; a second event of one row (lead.status_changed) gets a stable id of its own. */
export function eventIdFor(rowId: string, index: number): string {
  if (index === 0) return rowId;
  const h = createHash('sha256').update(`${rowId}:${index}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
