import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { AuditLog } from '../../platform/audit/audit-log.js';
import { RequestContext } from '../../platform/common/request-context.js';
import type { Env } from '../../platform/config/env.validation.js';
import { FileStorage } from '../../platform/files/file-storage.js';
import { TenantCrudService } from '../../platform/tenancy/crud/tenant-crud.service.js';
import { TenantConnection } from '../../platform/tenancy/tenant-connection.js';
import { type FileRecord, LINK_FIELDS, type LinkField } from './file.entity.js';
import { sanitizeFileName } from './file-name.js';
import { FilesRepository } from './files.repository.js';
import { multipartError, readLinkField } from './multipart-fields.js';
import { quotaExceeded, UploadInspector } from './upload-inspector.js';

type Links = Partial<Record<LinkField, string>>;
interface StoredBlob {
  id: string;
  name: string;
  inspector: UploadInspector;
}

/**
 * Uploads stream from the request through the inspector (type, size, quota, sha256) into the storage; the row and
 * its audit row are written in one transaction only after the blob is complete, under the tenant's quota lock.
 * Whatever fails, the blob is removed and no row exists. Deleting a row removes its blob after the commit.
 */
@Injectable()
export class FilesService extends TenantCrudService<FileRecord, object, object> {
  protected readonly notFound = 'File not found';
  private readonly logger = new Logger('Files');
  private readonly maxBytes: number;
  private readonly quotaBytes: number;

  constructor(
    private readonly files: FilesRepository,
    private readonly storage: FileStorage,
    private readonly db: TenantConnection,
    private readonly audit: AuditLog,
    private readonly context: RequestContext,
    config: ConfigService<Env, true>,
  ) {
    super(files);
    this.maxBytes = config.get('FILE_MAX_BYTES', { infer: true });
    this.quotaBytes = config.get('FILES_TENANT_QUOTA_BYTES', { infer: true });
  }

  async upload(request: FastifyRequest): Promise<FileRecord> {
    const links: Links = {};
    let blob: StoredBlob | undefined;
    try {
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          Object.assign(links, readLinkField(part));
          continue;
        }
        blob = await this.store(part, links);
      }
      if (!blob) throw new BadRequestException('A file is required in the multipart field "file"');
      return await this.record(blob, links);
    } catch (err) {
      if (blob) await this.discard(blob.id);
      throw multipartError(err);
    }
  }

  /** The row and a stream of its bytes. */
  async open(id: string): Promise<{ file: FileRecord; content: Readable }> {
    const file = await this.get(id);
    return { file, content: await this.storage.read(this.db.tenant.id, id) };
  }

  override async remove(id: string): Promise<void> {
    await super.remove(id);
    await this.discard(id);
  }

  private async store(part: MultipartFile, links: Links): Promise<StoredBlob> {
    if (part.fieldname !== 'file') {
      part.file.resume();
      throw new BadRequestException('The file must be sent in the multipart field "file"');
    }
    // Links sent before the file are checked before a byte is stored; links after it, when the row is written.
    await this.checkLinks(links);
    const room = this.quotaBytes > 0 ? this.quotaBytes - (await this.files.usedBytes()) : Infinity;
    if (room <= 0) throw quotaExceeded(this.quotaBytes);
    const inspector = new UploadInspector(part.mimetype, {
      maxBytes: this.maxBytes,
      room,
      quotaBytes: this.quotaBytes,
    });
    const id = randomUUID();
    // pipeline() destroys both streams if either fails: an aborted request fails the inspector, and so the write.
    const source = pipeline(part.file, inspector, () => undefined);
    await this.storage.write(this.db.tenant.id, id, source);
    return { id, name: sanitizeFileName(part.filename), inspector };
  }

  private async record(blob: StoredBlob, links: Links): Promise<FileRecord> {
    const link = this.onlyLink(links);
    await this.checkLinks(links);
    const actor = this.context.current?.actor;
    const { inspector } = blob;
    return this.db.transaction(async (tx) => {
      await this.files.lockQuota(tx);
      if (this.quotaBytes > 0 && (await this.files.usedBytes(tx)) + inspector.received > this.quotaBytes) {
        throw quotaExceeded(this.quotaBytes);
      }
      const file = await this.files.insert(tx, {
        id: blob.id,
        name: blob.name,
        content_type: inspector.type ?? 'application/octet-stream',
        size: inspector.received,
        sha256: inspector.sha256,
        ...Object.fromEntries(LINK_FIELDS.map((f) => [f, f === link ? links[f] : null])),
        created_by: actor?.type === 'user' ? actor.id : null,
      } as Omit<FileRecord, 'created_at'>);
      if (this.audit.enabled) {
        const changes = Object.fromEntries(
          Object.entries(file)
            .filter(([key, value]) => value !== null && key !== 'id' && key !== 'created_at')
            .map(([key, value]) => [key, { new: value }]),
        );
        await this.audit.record(tx, this.db.tenant.schema, {
          action: 'create',
          resource: 'files',
          resource_id: file.id,
          changes,
        });
      }
      return file;
    });
  }

  private onlyLink(links: Links): LinkField | undefined {
    const given = LINK_FIELDS.filter((f) => links[f] !== undefined);
    if (given.length > 1) throw new BadRequestException(`A file links to at most one record; got ${given.join(', ')}`);
    return given[0];
  }

  private async checkLinks(links: Links): Promise<void> {
    const field = this.onlyLink(links);
    if (field && !(await this.files.linkExists(field, links[field] as string))) {
      throw new BadRequestException(`${field} does not reference an existing record`);
    }
  }

  /** Best effort: a blob that stays behind has no row, and the sweep removes it. */
  private async discard(id: string): Promise<void> {
    await this.storage.remove(this.db.tenant.id, id).catch((err: unknown) => {
      this.logger.warn(`Blob ${id} not removed now (the sweep will): ${err instanceof Error ? err.message : err}`);
    });
  }
}
