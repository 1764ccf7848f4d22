-- The durable job queue (src/platform/jobs). A job is a row: enqueueing inside a change's transaction means the job
-- exists if and only if that change committed.
CREATE TABLE jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  -- The tenant whose context the handler runs in (NULL: a platform job). Purging a tenant drops its jobs.
  tenant_id uuid REFERENCES tenants (id) ON DELETE CASCADE,
  -- Fairness lane: jobs are claimed round-robin across lanes. A tenant job's lane is its tenant; platform jobs share
  -- the nil UUID.
  lane uuid NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'active', 'completed', 'dead', 'cancelled')),
  attempts int NOT NULL DEFAULT 0,
  max_attempts int NOT NULL CHECK (max_attempts >= 1),
  backoff_ms int NOT NULL CHECK (backoff_ms >= 0),
  max_backoff_ms int NOT NULL CHECK (max_backoff_ms >= 0),
  timeout_ms int NOT NULL CHECK (timeout_ms > 0),
  run_at timestamptz NOT NULL DEFAULT now(),
  -- A lease: an active job whose worker died is queued again when locked_until passes.
  locked_by text,
  locked_until timestamptz,
  -- At most one queued or active job per key (schedules, per-tenant singletons).
  singleton_key text,
  last_error text,
  result jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);

CREATE INDEX jobs_ready_idx ON jobs (lane, run_at, id) WHERE state = 'queued';
CREATE INDEX jobs_active_lane_idx ON jobs (lane) WHERE state = 'active';
CREATE INDEX jobs_lease_idx ON jobs (locked_until) WHERE state = 'active';
CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE state IN ('completed', 'dead', 'cancelled');
CREATE INDEX jobs_tenant_idx ON jobs (tenant_id);
CREATE UNIQUE INDEX jobs_singleton_key ON jobs (singleton_key) WHERE state IN ('queued', 'active');

-- Recurring jobs: each replica ticks; the one whose UPDATE moves next_run_at enqueues the run.
CREATE TABLE job_schedules (
  name text PRIMARY KEY,
  next_run_at timestamptz NOT NULL
);
