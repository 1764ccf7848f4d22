import { eventIdFor, eventTypesFor } from '../webhooks/webhook-events.js';
import type { AuditAnnouncement } from './event-bus.js';

/** What a socket receives for one event: ids and the names of the changed fields, nothing more. */
export interface LiveEvent {
  id: string;
  type: string;
  tenant_id: string;
  occurred_at: string;
  data: { id: string | null; changed: string[] };
}

/** The socket events one committed audit row stands for (none for sign-ins, users, webhooks, ...). */
export function liveEventsFor(row: AuditAnnouncement): LiveEvent[] {
  const changed = Object.fromEntries(row.changed.map((k) => [k, true]));
  const occurredAt = new Date(Number(row.created_at) / 1000).toISOString();
  return eventTypesFor(row.action, row.resource, changed).map((type, index) => ({
    id: eventIdFor(row.id, index),
    type,
    tenant_id: row.tenant_id,
    occurred_at: occurredAt,
    data: { id: row.resource_id, changed: row.changed },
  }));
}
