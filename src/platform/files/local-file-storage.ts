import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isUuid } from '../database/tenant-schema.js';
import { assertBlobIds, BlobNotFoundError, type BlobInfo, FileStorage } from './file-storage.js';

/** An upload in progress is written under this suffix and renamed when complete, so a reader never sees half. */
const PARTIAL = '.partial';

/**
 * Blobs on local disk: `<FILES_DIR>/<tenant id>/<file id>`. Fine for one replica (or a volume every replica mounts
 * read-write); see docs/files.md for why production should use S3-compatible storage.
 */
export class LocalFileStorage extends FileStorage {
  readonly kind = 'local';
  private readonly root: string;

  constructor(dir: string) {
    super();
    this.root = resolve(dir);
  }

  async write(tenantId: string, id: string, body: Readable): Promise<void> {
    const folder = this.folder(tenantId);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const partial = join(folder, `${id}${PARTIAL}`);
    try {
      await pipeline(body, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      await rename(partial, join(folder, id));
    } catch (err) {
      body.destroy();
      await rm(partial, { force: true });
      throw err;
    }
  }

  async read(tenantId: string, id: string): Promise<Readable> {
    const path = this.path(tenantId, id);
    try {
      const handle = await open(path, 'r');
      return handle.createReadStream();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new BlobNotFoundError(tenantId, id);
      throw err;
    }
  }

  /** Also removes an unfinished upload of that id (what a sweep finds after a crash). */
  async remove(tenantId: string, id: string): Promise<void> {
    const path = this.path(tenantId, id);
    for (const file of [path, `${path}${PARTIAL}`]) {
      await unlink(file).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    }
  }

  async removeTenant(tenantId: string): Promise<void> {
    await rm(this.folder(tenantId), { recursive: true, force: true });
  }

  async *tenants(): AsyncIterable<string> {
    for (const name of await this.list(this.root)) if (isUuid(name)) yield name;
  }

  async *blobs(tenantId: string): AsyncIterable<BlobInfo> {
    const folder = this.folder(tenantId);
    for (const name of await this.list(folder)) {
      const id = name.endsWith(PARTIAL) ? name.slice(0, -PARTIAL.length) : name;
      if (!isUuid(id)) continue;
      const info = await stat(join(folder, name)).catch(() => undefined);
      if (info) yield { id, modifiedAt: info.mtime };
    }
  }

  private async list(folder: string): Promise<string[]> {
    try {
      return await readdir(folder);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  private folder(tenantId: string): string {
    assertBlobIds(tenantId);
    return join(this.root, tenantId.toLowerCase());
  }

  private path(tenantId: string, id: string): string {
    assertBlobIds(tenantId, id);
    return join(this.folder(tenantId), id.toLowerCase());
  }
}
