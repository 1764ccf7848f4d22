import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { formatBytes } from '../../platform/common/body-limit.js';
import { detectFileType, SNIFF_BYTES } from './file-type.js';

export interface UploadLimits {
  maxBytes: number;
  /** Bytes the tenant may still store; Infinity without a quota. */
  room: number;
  quotaBytes: number;
}

export const quotaExceeded = (quotaBytes: number) =>
  new PayloadTooLargeException(
    `Storage quota exceeded: this tenant may keep ${formatBytes(quotaBytes)} of files; delete files to make room`,
  );

/**
 * Sits between the upload and the storage: holds back the first bytes until it has decided the type from them,
 * hashes (sha256) and counts everything that passes, and fails the stream the moment the file is over the size
 * limit or the tenant's remaining quota, so the storage never receives more than the limit and stops writing.
 */
export class UploadInspector extends Transform {
  /** Bytes passed so far. Not named `size`: lib-storage would read it as the length of the whole body. */
  received = 0;
  type: string | undefined;
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private headLength = 0;

  constructor(
    private readonly declaredType: string | undefined,
    private readonly limits: UploadLimits,
  ) {
    super();
  }

  get sha256(): string {
    return this.hash.copy().digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.received += chunk.length;
    if (this.received > this.limits.maxBytes) {
      done(new PayloadTooLargeException(`File is larger than ${formatBytes(this.limits.maxBytes)}`));
      return;
    }
    if (this.received > this.limits.room) {
      done(quotaExceeded(this.limits.quotaBytes));
      return;
    }
    this.hash.update(chunk);
    if (this.type !== undefined) {
      done(null, chunk);
      return;
    }
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < SNIFF_BYTES) done();
    else this.release(done);
  }

  override _flush(done: TransformCallback): void {
    if (this.received === 0) {
      done(new BadRequestException('File is empty'));
      return;
    }
    if (this.type === undefined) this.release(done);
    else done();
  }

  private release(done: TransformCallback): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    try {
      this.type = detectFileType(head.subarray(0, SNIFF_BYTES), this.declaredType);
    } catch (err) {
      done(err as Error);
      return;
    }
    done(null, head);
  }
}
