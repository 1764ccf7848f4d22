import { Injectable } from '@nestjs/common';
import { DatabaseService, type Queryable } from '../database/database.service.js';
import { PLATFORM_LANE, type JobOptions, type JobRow } from './job.types.js';

export const JOB_COLUMNS =
  'id, name, tenant_id, data, state, attempts, max_attempts, backoff_ms, max_backoff_ms, timeout_ms, run_at, ' +
  'last_error, result, created_at, updated_at, started_at, finished_at';

/** Extra time past a job's timeout before its lease expires and another worker may take it. */
const LEASE_GRACE_MS = 30_000;

/**
 * Claims up to $2 ready jobs, fairly: lanes (tenants) with ready jobs are found by a skip scan of the ready index,
 * each offers its oldest few, and the pick prefers lanes with fewer active jobs and then each lane's first job.
 * A flood of 100,000 jobs from one tenant therefore costs the others one slot's wait, not the flood's.
 * Tenant lanes take part only while their tenant is active; suspended and soft-deleted tenants' jobs wait.
 */
const CLAIM_SQL = `
WITH RECURSIVE lanes AS (
  (SELECT lane FROM public.jobs WHERE state = 'queued' ORDER BY lane LIMIT 1)
  UNION ALL
  SELECT (SELECT j.lane FROM public.jobs j WHERE j.state = 'queued' AND j.lane > l.lane ORDER BY j.lane LIMIT 1)
  FROM lanes l WHERE l.lane IS NOT NULL
),
eligible AS (
  SELECT l.lane, (SELECT count(*) FROM public.jobs a WHERE a.state = 'active' AND a.lane = l.lane) AS busy
  FROM lanes l LEFT JOIN public.tenants t ON t.id = l.lane
  WHERE l.lane IS NOT NULL AND (l.lane = '${PLATFORM_LANE}' OR t.status = 'active')
),
candidates AS (
  SELECT e.busy, c.id, c.run_at, row_number() OVER (PARTITION BY e.lane ORDER BY c.run_at, c.id) AS rank
  FROM eligible e CROSS JOIN LATERAL (
    SELECT j.id, j.run_at FROM public.jobs j
    WHERE j.state = 'queued' AND j.lane = e.lane AND j.run_at <= now()
    ORDER BY j.run_at, j.id LIMIT $2 FOR UPDATE SKIP LOCKED
  ) c
),
picked AS (SELECT id FROM candidates ORDER BY busy + rank, run_at LIMIT $2)
UPDATE public.jobs j
SET state = 'active', attempts = j.attempts + 1, locked_by = $1, started_at = now(), updated_at = now(),
    locked_until = now() + (j.timeout_ms + ${LEASE_GRACE_MS}) * interval '1 millisecond'
FROM picked WHERE j.id = picked.id
RETURNING ${JOB_COLUMNS.replace(/(\w+)/g, 'j.$1')}`;

export interface InsertJob {
  name: string;
  tenantId: string | null;
  data: unknown;
  options: JobOptions;
}

/** The SQL of the job queue (`public.jobs`, `public.job_schedules`). */
@Injectable()
export class JobsRepository {
  constructor(private readonly db: DatabaseService) {}

  /** Inserts inside the caller's transaction; null when a job with the same singleton key is pending. */
  async insert(tx: Queryable, job: InsertJob): Promise<string | null> {
    const o = job.options;
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO public.jobs (name, tenant_id, lane, data, max_attempts, backoff_ms, max_backoff_ms, timeout_ms,
         run_at, singleton_key)
       VALUES ($1, $2, coalesce($2, '${PLATFORM_LANE}'::uuid), $3, $4, $5, $6, $7, coalesce($8, now()), $9)
       ON CONFLICT (singleton_key) WHERE state = 'queued' DO NOTHING
       RETURNING id`,
      [
        job.name,
        job.tenantId,
        JSON.stringify(job.data ?? {}),
        o.maxAttempts,
        o.backoffMs,
        o.maxBackoffMs,
        o.timeoutMs,
        o.runAt ?? null,
        o.singletonKey ?? null,
      ],
    );
    return rows[0]?.id ?? null;
  }

  async claim(workerId: string, limit: number): Promise<JobRow[]> {
    return (await this.db.query<JobRow>(CLAIM_SQL, [workerId, limit])).rows;
  }

  /** Only the worker holding the lease may finish a job: a stale worker whose lease expired changes nothing. */
  async complete(id: string, workerId: string, result: unknown): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `UPDATE public.jobs SET state = 'completed', result = $3, locked_by = NULL, locked_until = NULL,
         finished_at = now(), updated_at = now()
       WHERE id = $1 AND locked_by = $2 AND state = 'active'`,
      [id, workerId, result === undefined ? null : JSON.stringify(result)],
    );
    return (rowCount ?? 0) > 0;
  }

  /** A failed attempt: queued again after `delayMs`, or `dead` when it was the last one. Returns the new state. */
  async fail(id: string, workerId: string, error: string, delayMs: number): Promise<'queued' | 'dead' | null> {
    const { rows } = await this.db.query<{ state: 'queued' | 'dead' }>(
      `UPDATE public.jobs
       SET state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
           run_at = now() + $4 * interval '1 millisecond',
           finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
           last_error = left($3, 2000), locked_by = NULL, locked_until = NULL, updated_at = now()
       WHERE id = $1 AND locked_by = $2 AND state = 'active'
       RETURNING state`,
      [id, workerId, error, delayMs],
    );
    return rows[0]?.state ?? null;
  }

  /** Jobs cut short by a shutdown go back to the queue as if never started (the attempt is not counted). */
  async release(ids: string[], workerId: string): Promise<number> {
    const { rowCount } = await this.db.query(
      `UPDATE public.jobs SET state = 'queued', attempts = greatest(attempts - 1, 0), locked_by = NULL,
         locked_until = NULL, run_at = now(), updated_at = now()
       WHERE id = ANY($1::uuid[]) AND locked_by = $2 AND state = 'active'`,
      [ids, workerId],
    );
    return rowCount ?? 0;
  }

  async cancel(id: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE public.jobs SET state = 'cancelled', last_error = $2, locked_by = NULL, locked_until = NULL,
         finished_at = now(), updated_at = now()
       WHERE id = $1`,
      [id, reason],
    );
  }

  /** Jobs whose worker vanished (crash, kill -9): queued again, or dead if that was their last attempt. */
  async recoverExpiredLeases(): Promise<number> {
    const { rowCount } = await this.db.query(
      `UPDATE public.jobs
       SET state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
           finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
           last_error = 'The worker running this job stopped before finishing it',
           locked_by = NULL, locked_until = NULL, run_at = now(), updated_at = now()
       WHERE state = 'active' AND locked_until < now()`,
    );
    return rowCount ?? 0;
  }

  async deleteFinishedBefore(before: Date): Promise<number> {
    const { rowCount } = await this.db.query(
      `DELETE FROM public.jobs WHERE state IN ('completed', 'dead', 'cancelled') AND finished_at < $1`,
      [before],
    );
    return rowCount ?? 0;
  }

  /** Jobs waiting, running and dead (left for an operator), for the queue-depth metric. */
  async countByState(): Promise<{ state: string; count: number }[]> {
    const { rows } = await this.db.query<{ state: string; count: number }>(
      `SELECT state, count(*)::int AS count FROM public.jobs WHERE state IN ('queued', 'active', 'dead') GROUP BY state`,
    );
    return rows;
  }

  async findForTenant(id: string, tenantId: string): Promise<JobRow | undefined> {
    const { rows } = await this.db.query<JobRow>(
      `SELECT ${JOB_COLUMNS} FROM public.jobs WHERE id = $1 AND tenant_id = $2`,
      [id, tenantId],
    );
    return rows[0];
  }

  async findById(id: string): Promise<JobRow | undefined> {
    const { rows } = await this.db.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM public.jobs WHERE id = $1`, [id]);
    return rows[0];
  }

  /** Registers a schedule (first run after one period) without moving an existing one. */
  async ensureSchedule(name: string, periodMs: number): Promise<void> {
    await this.db.query(
      `INSERT INTO public.job_schedules (name, next_run_at) VALUES ($1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (name) DO NOTHING`,
      [name, periodMs],
    );
  }

  /** True for exactly one caller per period across all replicas: that one enqueues the run. */
  async takeScheduleSlot(tx: Queryable, name: string, periodMs: number): Promise<boolean> {
    const { rowCount } = await tx.query(
      `UPDATE public.job_schedules SET next_run_at = now() + $2 * interval '1 millisecond'
       WHERE name = $1 AND next_run_at <= now()`,
      [name, periodMs],
    );
    return (rowCount ?? 0) > 0;
  }
}
