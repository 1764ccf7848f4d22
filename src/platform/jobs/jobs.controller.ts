import { Get, NotFoundException } from '@nestjs/common';
import { ok } from '../common/envelope.js';
import { ApiEnvelope } from '../common/openapi/api-responses.decorator.js';
import { JobView } from './job.view.js';
import { IdParam } from '../common/id-param.js';
import { TenantController } from '../identity/tenant-controller.decorator.js';
import { TenantContext } from '../tenancy/tenant-context.js';
import { JobsRepository } from './jobs.repository.js';

/** A job's progress, for jobs of the caller's tenant only (another tenant's job id is a 404). */
@TenantController('jobs')
export class JobsController {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly context: TenantContext,
  ) {}

  @Get(':id')
  @ApiEnvelope(JobView)
  async get(@IdParam() id: string) {
    const job = await this.jobs.findForTenant(id, this.context.tenant!.id);
    if (!job) throw new NotFoundException('Job not found');
    return ok({
      id: job.id,
      name: job.name,
      state: job.state,
      attempts: job.attempts,
      max_attempts: job.max_attempts,
      last_error: job.last_error,
      result: job.result,
      run_at: job.run_at,
      created_at: job.created_at,
      started_at: job.started_at,
      finished_at: job.finished_at,
    });
  }
}
