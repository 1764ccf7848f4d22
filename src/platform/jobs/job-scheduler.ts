import { Injectable } from '@nestjs/common';
import { DatabaseService } from '../database/database.service.js';
import { JobQueue } from './job-queue.js';
import type { NewJob } from './job.types.js';
import { JobsRepository } from './jobs.repository.js';

interface Schedule {
  name: string;
  periodMs: number;
  job: NewJob;
}

/**
 * Recurring jobs. Every worker ticks; the `job_schedules` row decides which one enqueues each run, so a schedule
 * runs once per period however many replicas there are.
 */
@Injectable()
export class JobScheduler {
  private readonly schedules: Schedule[] = [];

  constructor(
    private readonly db: DatabaseService,
    private readonly repository: JobsRepository,
    private readonly queue: JobQueue,
  ) {}

  every(name: string, periodMs: number, job: NewJob): void {
    this.schedules.push({ name, periodMs, job });
  }

  async tick(): Promise<void> {
    for (const s of this.schedules) {
      await this.repository.ensureSchedule(s.name, s.periodMs);
      await this.db.transaction(async (tx) => {
        if (await this.repository.takeScheduleSlot(tx, s.name, s.periodMs)) {
          await this.queue.enqueue(tx, { ...s.job, options: { singletonKey: `schedule:${s.name}`, ...s.job.options } });
        }
      });
    }
  }
}
