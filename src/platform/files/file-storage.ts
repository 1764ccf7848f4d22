import type { Readable } from 'node:stream';
import { isUuid } from '../database/tenant-schema.js';

/** A stored blob as a sweep sees it: its id (the file row's id) and when it was last written. */
export interface BlobInfo {
  id: string;
  modifiedAt: Date;
}

/** The blob a file row names does not exist in the storage. */
export class BlobNotFoundError extends Error {
  constructor(tenantId: string, id: string) {
    super(`Blob ${id} of tenant ${tenantId} not found`);
  }
}

/**
 * Where file contents live, one namespace per tenant (a folder, an object-key prefix). Blob names are ids the app
 * generated (UUIDs), never a client's file name, and both ids are checked here again before any path is built.
 * Rows are the truth: a blob without a row is garbage that the sweep removes after a grace period.
 */
export abstract class FileStorage {
  abstract readonly kind: 'local' | 's3';

  /**
   * Stores `body` as blob `id`, consuming it to the end. Resolves once the blob is complete and durable; when the
   * stream or the storage fails, rejects, and no blob of that id is visible (a partial one is removed).
   */
  abstract write(tenantId: string, id: string, body: Readable): Promise<void>;

  /** The blob's bytes as a stream; BlobNotFoundError when it does not exist. */
  abstract read(tenantId: string, id: string): Promise<Readable>;

  /** Removes the blob; a missing blob is not an error. */
  abstract remove(tenantId: string, id: string): Promise<void>;

  /** Removes every blob of the tenant (a purge). */
  abstract removeTenant(tenantId: string): Promise<void>;

  /** The tenants that have blobs. */
  abstract tenants(): AsyncIterable<string>;

  /** The tenant's blobs, in-flight ones included (a sweep skips young blobs). */
  abstract blobs(tenantId: string): AsyncIterable<BlobInfo>;
}

/** Defence in depth: every storage path or key is built from two UUIDs, or not at all. */
export function assertBlobIds(tenantId: string, id?: string): void {
  if (!isUuid(tenantId) || (id !== undefined && !isUuid(id))) throw new Error('Blob ids must be UUIDs');
}
