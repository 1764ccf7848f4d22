import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.js';
import { JobRunner } from './job-runner.js';
import { JobScheduler } from './job-scheduler.js';
import { JobWorker } from './job-worker.js';
import { JobsController } from './jobs.controller.js';
import { JobsRepository } from './jobs.repository.js';
import { JobMetrics } from './job.metrics.js';

/** The durable job queue; global so any module can enqueue in its transactions and register handlers. */
@Global()
@Module({
  controllers: [JobsController],
  providers: [JobsRepository, JobQueue, JobRunner, JobScheduler, JobWorker, JobMetrics],
  exports: [JobQueue, JobScheduler, JobWorker, JobsRepository],
})
export class JobsModule {}
