import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ok } from '../common/envelope.js';
import { IdParam } from '../common/id-param.js';
import { ApiEnvelope, ApiErrors } from '../common/openapi/api-responses.decorator.js';
import { PlatformApi } from '../common/openapi/api-scopes.decorator.js';
import { ExportJobView } from './export.view.js';
import { ApiKeyGuard } from '../identity/api-key.guard.js';
import { TenantExportJobs } from './export-jobs.service.js';
import { TenantExportService } from './export.service.js';

const ExportIdParam = () =>
  Param('exportId', new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('exportId must be a UUID') }));

/** A tenant's data for the platform operator (`x-api-key`): streamed now, or as a job whose file is kept a while. */
@Controller('api/tenants')
@UseGuards(ApiKeyGuard)
@PlatformApi()
@ApiErrors([404, 'Unknown tenant (or export of another tenant)'])
export class TenantExportController {
  constructor(
    private readonly exporter: TenantExportService,
    private readonly jobs: TenantExportJobs,
  ) {}

  @Get(':id/export')
  @ApiOperation({ summary: "Stream the tenant's data as NDJSON from one consistent snapshot" })
  @ApiOkResponse({
    description: 'One line per row: {"table": "contacts", "row": {…}}',
    content: { 'application/x-ndjson': { schema: { type: 'string' } } },
  })
  @ApiErrors(
    [409, 'The tenant is deleted and past its retention window'],
    [429, 'EXPORT_CONCURRENCY exports are already streaming in this process, or a rate limit'],
  )
  async stream(@IdParam() id: string) {
    const tenantId = id.toLowerCase();
    const body = await this.exporter.stream(tenantId);
    return new StreamableFile(body, {
      type: 'application/x-ndjson; charset=utf-8',
      disposition: `attachment; filename="tenant-${tenantId}.ndjson"`,
    });
  }

  @Post(':id/exports')
  @HttpCode(202)
  @ApiOperation({ summary: 'Export the tenant as a background job (for large tenants)' })
  @ApiEnvelope(ExportJobView, { status: 202, message: true, description: 'Queued; poll the Location for its status' })
  @ApiErrors([409, 'The tenant is deleted and past its retention window'])
  async enqueue(@IdParam() id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const tenantId = id.toLowerCase();
    const job = await this.jobs.enqueue(tenantId);
    reply.header('location', `/api/tenants/${tenantId}/exports/${job.id}`);
    return ok(job, { message: 'Export queued' });
  }

  @Get(':id/exports/:exportId')
  @ApiOperation({ summary: 'Status of an export job: queued, running, completed or failed' })
  @ApiParam({ name: 'exportId', schema: { type: 'string', format: 'uuid' } })
  @ApiEnvelope(ExportJobView, { description: 'The export job' })
  async status(@IdParam() id: string, @ExportIdParam() exportId: string) {
    return ok(await this.jobs.status(id.toLowerCase(), exportId.toLowerCase()));
  }

  @Get(':id/exports/:exportId/download')
  @ApiOperation({ summary: "The export job's file (gzipped NDJSON) while it is kept" })
  @ApiParam({ name: 'exportId', schema: { type: 'string', format: 'uuid' } })
  @ApiOkResponse({
    description: 'The file (gzipped NDJSON)',
    content: { 'application/gzip': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(
    [409, 'The export has not completed'],
    [410, 'The export expired (EXPORT_RETENTION_HOURS) and its file was removed'],
  )
  async download(@IdParam() id: string, @ExportIdParam() exportId: string) {
    const tenantId = id.toLowerCase();
    const { stream, size } = await this.jobs.download(tenantId, exportId.toLowerCase());
    return new StreamableFile(stream, {
      type: 'application/gzip',
      length: size,
      disposition: `attachment; filename="tenant-${tenantId}-export-${exportId.toLowerCase()}.ndjson.gz"`,
    });
  }
}
