import { Delete, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ok } from '../../platform/common/envelope.js';
import { IdParam } from '../../platform/common/id-param.js';
import { ApiEnvelope, ApiErrors, ApiNoContent } from '../../platform/common/openapi/api-responses.decorator.js';
import { FileRecord } from './file.entity.js';
import { drainRequest, MultipartRoute } from '../../platform/common/multipart.js';
import { TenantController } from '../../platform/identity/tenant-controller.decorator.js';
import { ListFilesQuery } from './dto/list-files.query.js';
import { contentDisposition } from './file-name.js';
import { FilesService } from './files.service.js';

/** What is read away from a refused upload so that its client gets the answer (see drainRequest). */
const DRAIN_MAX_BYTES = 64 * 1024 * 1024;
const DRAIN_TIMEOUT_MS = 10_000;

const UPLOAD_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: {
      contact_id: { type: 'string', format: 'uuid', description: 'Send link fields before the file' },
      organization_id: { type: 'string', format: 'uuid' },
      lead_id: { type: 'string', format: 'uuid' },
      task_id: { type: 'string', format: 'uuid' },
      file: { type: 'string', format: 'binary' },
    },
  },
};

@TenantController('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post()
  @MultipartRoute()
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  @ApiEnvelope(FileRecord, { status: 201, message: true, description: 'The stored file' })
  @ApiErrors(
    [413, 'Over FILE_MAX_BYTES or the tenant quota; nothing stored'],
    [415, 'Not multipart, or a file type that is not allowed or not as declared'],
  )
  async upload(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    try {
      return ok(await this.files.upload(request), { message: 'File uploaded' });
    } catch (err) {
      // The rest of the body may still be arriving: read it away (bounded), answer, and close the connection.
      reply.header('connection', 'close');
      await drainRequest(request.raw, DRAIN_MAX_BYTES, DRAIN_TIMEOUT_MS);
      throw err;
    }
  }

  @Get()
  @ApiEnvelope(FileRecord, { list: true, description: 'Files, newest first, optionally of one linked record' })
  async list(@Query() query: ListFilesQuery) {
    const page = await this.files.list(query);
    return ok(page.data, { meta: page.meta });
  }

  @Get(':id')
  @ApiEnvelope(FileRecord, { description: 'The file metadata' })
  async get(@IdParam() id: string) {
    return ok(await this.files.get(id));
  }

  @Get(':id/content')
  @ApiOkResponse({
    description: 'The bytes, as an attachment, with the stored content type',
    content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
  })
  async content(@IdParam() id: string, @Res() reply: FastifyReply): Promise<void> {
    const { file, content } = await this.files.open(id);
    const type = file.content_type.startsWith('text/') ? `${file.content_type}; charset=utf-8` : file.content_type;
    await reply
      .header('content-type', type)
      .header('content-length', String(file.size))
      .header('content-disposition', contentDisposition(file.name))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(content);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContent('Deleted: the row at once, the blob right after')
  async remove(@IdParam() id: string): Promise<void> {
    await this.files.remove(id);
  }
}
