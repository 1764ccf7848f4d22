export interface WebhookSubscription {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  status: 'healthy' | 'failing';
  failing_since: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface WebhookAttempt {
  id: string;
  delivery_id: string;
  event_id: string;
  event_type: string;
  attempt: number;
  status_code: number | null;
  latency_ms: number;
  error: string | null;
  succeeded: boolean;
  created_at: Date;
}

/** The body of every delivery. */
export interface WebhookEvent {
  id: string;
  type: string;
  tenant_id: string;
  occurred_at: string;
  data: Record<string, unknown>;
}
