import { ConflictException, HttpException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PassThrough, type Readable } from 'node:stream';
import { PlatformAuditLog } from '../audit/platform-audit-log.js';
import type { Env } from '../config/env.validation.js';
import { DatabaseService } from '../database/database.service.js';
import type { ReadSnapshot } from '../database/read-snapshot.js';
import { tenantSchema } from '../database/tenant-schema.js';
import type { Tenant } from '../tenancy/tenant.entity.js';
import { type ExportTable, TenantExportRepository } from './export.repository.js';
import { TenantsRepository } from './tenants.repository.js';

/** An export being read: its NDJSON body, and the rows per table written so far (complete once the body ends). */
export interface TenantExport {
  body: Readable;
  counts: Record<string, number>;
}

/** NDJSON is handed on in chunks of about this size: fewer writes than one per row, still a small buffer. */
const CHUNK_BYTES = 64 * 1024;

/** Resolves when `body` wants more data, or is gone. */
function drained(body: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      body.off('drain', done);
      body.off('close', done);
      resolve();
    };
    body.on('drain', done);
    body.on('close', done);
  });
}

/**
 * The tenant export: every table of the tenant's schema as NDJSON from one snapshot, read with a server-side cursor
 * at the pace of its reader (the whole export never sits in memory). Used by the streaming route and the export job.
 */
@Injectable()
export class TenantExportService {
  private readonly timeoutMs: number;
  private readonly concurrency: number;
  private streaming = 0;

  constructor(
    private readonly db: DatabaseService,
    private readonly tenants: TenantsRepository,
    private readonly exports: TenantExportRepository,
    private readonly audit: PlatformAuditLog,
    config: ConfigService<Env, true>,
  ) {
    this.timeoutMs = config.get('EXPORT_TIMEOUT_MS', { infer: true });
    this.concurrency = config.get('EXPORT_CONCURRENCY', { infer: true });
  }

  /**
   * Exports are the offboarding tool: active, suspended and soft-deleted tenants (within their retention window) may
   * be exported. Unknown (or pending) tenants are a 404; a deleted tenant past its window is a 409, as for restore.
   */
  async exportable(id: string): Promise<Tenant> {
    const tenant = await this.tenants.findById(id);
    if (!tenant) throw new NotFoundException('Tenant not found');
    if (tenant.status === 'deleted' && tenant.purge_after && tenant.purge_after.getTime() <= Date.now()) {
      throw new ConflictException(
        `Tenant's retention window ended at ${tenant.purge_after.toISOString()}: it can no longer be exported`,
      );
    }
    return tenant;
  }

  /**
   * `GET /api/tenants/:id/export`: the audit row is committed first (in its own transaction: the export reads in a
   * read-only one), then the export streams. At most EXPORT_CONCURRENCY at once per process (429 beyond).
   */
  async stream(id: string): Promise<Readable> {
    await this.exportable(id);
    if (this.streaming >= this.concurrency) {
      throw new HttpException(
        `${this.concurrency} exports are already streaming: retry later, or use POST /api/tenants/${id}/exports`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    this.streaming += 1;
    try {
      await this.db.transaction((tx) =>
        this.audit.record(tx, { tenant_id: id, action: 'export', details: { mode: 'stream', format: 'ndjson' } }),
      );
      const { body } = await this.open(id);
      body.once('close', () => (this.streaming -= 1));
      return body;
    } catch (err) {
      this.streaming -= 1;
      throw err;
    }
  }

  /**
   * Opens the snapshot and starts reading. The body ends after the snapshot's transaction committed; if it is
   * destroyed first (the client went away, a write failed, EXPORT_TIMEOUT_MS passed), the cursor is closed and the
   * connection discarded at once.
   */
  async open(id: string): Promise<TenantExport> {
    const schema = tenantSchema(id);
    const snapshot = await this.db.snapshot(this.timeoutMs);
    let tables: ExportTable[];
    try {
      tables = await this.exports.tables(snapshot.client, schema);
    } catch (err) {
      snapshot.discard(err as Error);
      throw err;
    }
    const body = new PassThrough({ highWaterMark: CHUNK_BYTES });
    const counts: Record<string, number> = Object.fromEntries(tables.map((t) => [t.name, 0]));
    const reading: { cursor?: Readable } = {};
    const timer = setTimeout(
      () => body.destroy(new Error(`Export timed out after ${this.timeoutMs} ms`)),
      this.timeoutMs,
    );
    timer.unref();
    body.once('close', () => {
      clearTimeout(timer);
      if (snapshot.isReleased) return;
      // Close the cursor first (its Close and Sync go out before the connection's Terminate), then drop the client.
      reading.cursor?.destroy();
      snapshot.discard(new Error('Export stopped before its end'));
    });
    void this.pump(snapshot, schema, tables, body, counts, reading).catch((err: Error) => body.destroy(err));
    return { body, counts };
  }

  private async pump(
    snapshot: ReadSnapshot,
    schema: string,
    tables: ExportTable[],
    body: PassThrough,
    counts: Record<string, number>,
    reading: { cursor?: Readable },
  ): Promise<void> {
    for (const table of tables) {
      if (body.destroyed) return;
      const cursor = this.exports.rows(snapshot.client, schema, table, this.timeoutMs);
      reading.cursor = cursor;
      let chunk = '';
      for await (const [line] of cursor as AsyncIterable<[string]>) {
        chunk += `${line}\n`;
        counts[table.name] += 1;
        if (chunk.length < CHUNK_BYTES) continue;
        const more = body.write(chunk);
        chunk = '';
        if (!more) await drained(body);
        if (body.destroyed) return;
      }
      reading.cursor = undefined;
      if (chunk) body.write(chunk);
    }
    if (body.destroyed) return;
    await snapshot.end();
    body.end();
  }
}
