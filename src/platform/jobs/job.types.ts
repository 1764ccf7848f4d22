/** Lane of platform jobs (no tenant); every tenant's jobs have their own lane, claimed round-robin. */
export const PLATFORM_LANE = '00000000-0000-0000-0000-000000000000';

export const JOB_STATES = ['queued', 'active', 'completed', 'dead', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Retry, timeout and scheduling settings of one job; a handler's defaults fill what the caller leaves out. */
export interface JobOptions {
  /** Runs before this many tries end in the dead-letter state `dead`. */
  maxAttempts: number;
  /** First retry delay; doubles on each failure up to `maxBackoffMs` (with +-20 % jitter). */
  backoffMs: number;
  maxBackoffMs: number;
  /** The handler's signal aborts after this long and the attempt counts as failed. */
  timeoutMs: number;
  /** Do not run before this moment. */
  runAt?: Date;
  /** While a job with this key is queued or active, enqueueing another one is a no-op. */
  singletonKey?: string;
}

export interface NewJob<D = unknown> {
  name: string;
  /** The tenant the handler runs for; omitted for platform jobs. */
  tenantId?: string;
  data?: D;
  options?: Partial<JobOptions>;
}

export interface JobRow {
  id: string;
  name: string;
  tenant_id: string | null;
  data: unknown;
  state: JobState;
  attempts: number;
  max_attempts: number;
  backoff_ms: number;
  max_backoff_ms: number;
  timeout_ms: number;
  run_at: Date;
  last_error: string | null;
  result: unknown;
  created_at: Date;
  updated_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

/** What a handler receives. Tenant jobs run inside their tenant's context: `TenantConnection` works as in a request. */
export interface JobContext<D = unknown> {
  id: string;
  name: string;
  tenantId: string | null;
  data: D;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
  /** Aborted at the job's timeout and when the worker shuts down; long handlers must honour it. */
  signal: AbortSignal;
}

export interface JobHandlerDefinition<D = unknown> {
  handle(job: JobContext<D>): Promise<unknown>;
  /** Called once when the last attempt failed and the job went to `dead`. */
  onDead?(job: JobContext<D>, error: string): Promise<void>;
  /** Defaults for jobs of this name. */
  defaults?: Partial<JobOptions>;
}
