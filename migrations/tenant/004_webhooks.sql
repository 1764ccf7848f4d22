-- Webhook subscriptions of this tenant and the record of every delivery attempt (src/platform/webhooks).
CREATE TABLE webhook_subscriptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  url text NOT NULL CHECK (char_length(url) BETWEEN 1 AND 2000),
  events text[] NOT NULL CHECK (cardinality(events) BETWEEN 1 AND 50),
  active boolean NOT NULL DEFAULT true,
  -- The signing secret (whsec_…): shown once on create, needed in clear to sign each delivery.
  secret text NOT NULL,
  -- failing: a delivery used up its retries (about a day); no new deliveries until the subscription is updated.
  status text NOT NULL DEFAULT 'healthy' CHECK (status IN ('healthy', 'failing')),
  failing_since timestamptz,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX webhook_subscriptions_created_at_id_idx ON webhook_subscriptions (created_at DESC, id DESC);

CREATE TABLE webhook_attempts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  -- The delivery (webhook-id header): one per event and subscription, the same for all its attempts.
  delivery_id uuid NOT NULL,
  event_id uuid NOT NULL,
  event_type text NOT NULL,
  attempt int NOT NULL,
  status_code int,
  latency_ms int NOT NULL,
  error text,
  succeeded boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
);
CREATE INDEX webhook_attempts_subscription_idx ON webhook_attempts (subscription_id, created_at DESC, id DESC);
