import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  S3Client,
  type S3ClientConfig,
  type _Object,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { isUuid } from '../database/tenant-schema.js';
import { assertBlobIds, BlobNotFoundError, type BlobInfo, FileStorage } from './file-storage.js';

export interface S3StorageOptions {
  bucket: string;
  /** Key prefix shared by every tenant, e.g. `files/`; empty for the bucket's root. */
  prefix: string;
  client: S3ClientConfig;
}

/** 5 MiB parts (S3's minimum), two in flight: an upload holds at most about 10 MiB of memory, whatever its size. */
const PART_SIZE = 5 * 1024 * 1024;
const QUEUE_SIZE = 2;

/**
 * Blobs in an S3-compatible bucket under `<prefix><tenant id>/<file id>`. A stream of unknown length goes up as a
 * multipart upload (lib-storage's `Upload`; a small one as one PutObject); a failed upload is aborted, so no object
 * of that key becomes visible.
 */
export class S3FileStorage extends FileStorage {
  readonly kind = 's3';
  private readonly s3: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    super();
    this.s3 = new S3Client(options.client);
  }

  async write(tenantId: string, id: string, body: Readable): Promise<void> {
    const upload = new Upload({
      client: this.s3,
      params: { Bucket: this.options.bucket, Key: this.key(tenantId, id), Body: body },
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
    });
    try {
      await upload.done();
    } catch (err) {
      // The source's own error (the size limit, a client gone) is the cause; lib-storage may report the failed abort
      // of the multipart upload instead.
      const cause = body.errored ?? err;
      body.destroy();
      await upload.abort().catch(() => undefined);
      await this.remove(tenantId, id).catch(() => undefined);
      throw cause;
    }
  }

  async read(tenantId: string, id: string): Promise<Readable> {
    try {
      const out = await this.s3.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.key(tenantId, id) }),
      );
      if (out.Body instanceof Readable) return out.Body;
      throw new Error('S3 returned no readable body');
    } catch (err) {
      if (err instanceof NoSuchKey) throw new BlobNotFoundError(tenantId, id);
      throw err;
    }
  }

  async remove(tenantId: string, id: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.key(tenantId, id) }));
  }

  async removeTenant(tenantId: string): Promise<void> {
    const keys: string[] = [];
    for await (const key of this.keys(this.tenantPrefix(tenantId))) {
      keys.push(key);
      if (keys.length === 1000) await this.removeKeys(keys.splice(0));
    }
    if (keys.length > 0) await this.removeKeys(keys);
  }

  async *tenants(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({
          Bucket: this.options.bucket,
          Prefix: this.options.prefix,
          Delimiter: '/',
          ContinuationToken: token,
        }),
      );
      for (const p of page.CommonPrefixes ?? []) {
        const name = (p.Prefix ?? '').slice(this.options.prefix.length, -1);
        if (isUuid(name)) yield name;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async *blobs(tenantId: string): AsyncIterable<BlobInfo> {
    const prefix = this.tenantPrefix(tenantId);
    for await (const o of this.objects(prefix)) {
      const id = (o.Key ?? '').slice(prefix.length);
      if (isUuid(id)) yield { id, modifiedAt: o.LastModified ?? new Date(0) };
    }
  }

  private async *keys(prefix: string): AsyncIterable<string> {
    for await (const o of this.objects(prefix)) if (o.Key) yield o.Key;
  }

  private async *objects(prefix: string): AsyncIterable<_Object> {
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({ Bucket: this.options.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      yield* page.Contents ?? [];
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  private async removeKeys(keys: string[]): Promise<void> {
    await this.s3.send(
      new DeleteObjectsCommand({
        Bucket: this.options.bucket,
        Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true },
      }),
    );
  }

  private tenantPrefix(tenantId: string): string {
    assertBlobIds(tenantId);
    return `${this.options.prefix}${tenantId.toLowerCase()}/`;
  }

  private key(tenantId: string, id: string): string {
    assertBlobIds(tenantId, id);
    return `${this.tenantPrefix(tenantId)}${id.toLowerCase()}`;
  }

  /** Closes the client's sockets (tests, shutdown). */
  destroy(): void {
    this.s3.destroy();
  }
}
