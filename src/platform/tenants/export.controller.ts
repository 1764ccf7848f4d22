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
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ok } from '../common/envelope.js';
import { IdParam } from '../common/id-param.js';
import { ApiKeyGuard } from '../identity/api-key.guard.js';
import { TenantExportJobs } from './export-jobs.service.js';
import { TenantExportService } from './export.service.js';

const ExportIdParam = () =>
  Param('exportId', new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('exportId must be a UUID') }));

/** A tenant's data for the platform operator (`x-api-key`): streamed now, or as a job whose file is kept a while. */
@ApiTags('tenants')
@ApiResponse({ status: 400, description: 'The tenant id (or export id) is not a UUID' })
@ApiResponse({ status: 401, description: 'Missing or wrong x-api-key' })
@ApiResponse({ status: 404, description: 'Unknown tenant (or export of another tenant)' })
@Controller('api/tenants')
@UseGuards(ApiKeyGuard)
export class TenantExportController {
  constructor(
    private readonly exporter: TenantExportService,
    private readonly jobs: TenantExportJobs,
  ) {}

  @Get(':id/export')
  @ApiOperation({ summary: "Stream the tenant's data as NDJSON from one consistent snapshot" })
  @ApiProduces('application/x-ndjson')
  @ApiResponse({ status: 200, description: 'One line per row: {"table": "contacts", "row": {…}}' })
  @ApiResponse({ status: 409, description: 'The tenant is deleted and past its retention window' })
  @ApiResponse({ status: 429, description: 'EXPORT_CONCURRENCY exports are already streaming in this process' })
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
  @ApiResponse({ status: 202, description: 'Queued; poll the Location for its status' })
  @ApiResponse({ status: 409, description: 'The tenant is deleted and past its retention window' })
  async enqueue(@IdParam() id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const tenantId = id.toLowerCase();
    const job = await this.jobs.enqueue(tenantId);
    reply.header('location', `/api/tenants/${tenantId}/exports/${job.id}`);
    return ok(job, { message: 'Export queued' });
  }

  @Get(':id/exports/:exportId')
  @ApiOperation({ summary: 'Status of an export job: queued, running, completed or failed' })
  @ApiResponse({ status: 200, description: 'The export job' })
  async status(@IdParam() id: string, @ExportIdParam() exportId: string) {
    return ok(await this.jobs.status(id.toLowerCase(), exportId.toLowerCase()));
  }

  @Get(':id/exports/:exportId/download')
  @ApiOperation({ summary: "The export job's file (gzipped NDJSON) while it is kept" })
  @ApiProduces('application/gzip')
  @ApiResponse({ status: 200, description: 'The file' })
  @ApiResponse({ status: 409, description: 'The export has not completed' })
  @ApiResponse({ status: 410, description: 'The export expired (EXPORT_RETENTION_HOURS) and its file was removed' })
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
