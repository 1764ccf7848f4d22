/** What a socket receives for one event: ids and the names of the changed fields, nothing more. */
export interface LiveEvent {
  id: string;
  type: string;
  tenant_id: string;
  occurred_at: string;
  data: { id: string | null; changed: string[] };
}
