import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Env } from '../config/env.validation.js';

/** Files this store writes: `<export id>.ndjson.gz`, and its temporary siblings while one is being written. */
const EXPORT_FILE = /^[0-9a-f-]{36}\.ndjson\.gz(\.[0-9a-f-]{36}\.tmp)?$/;

export interface WrittenExport {
  size: number;
  sha256: string;
}

/**
 * The export jobs' files in EXPORTS_DIR, named by export id. A file is written to a temporary name and renamed when
 * complete, so a reader never sees half a file and a job that runs twice leaves one complete file.
 */
@Injectable()
export class ExportFiles {
  readonly dir: string;

  constructor(config: ConfigService<Env, true>) {
    this.dir = resolve(config.get('EXPORTS_DIR', { infer: true }));
  }

  path(id: string): string {
    return join(this.dir, `${id}.ndjson.gz`);
  }

  /** Gzips `body` into the export's file; the size and sha256 are those of the file as stored. */
  async write(id: string, body: Readable, signal?: AbortSignal): Promise<WrittenExport> {
    await mkdir(this.dir, { recursive: true });
    const target = this.path(id);
    const temporary = `${target}.${randomUUID()}.tmp`;
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(body, createGzip(), measure, createWriteStream(temporary), { signal });
      await rename(temporary, target);
    } catch (err) {
      body.destroy();
      await rm(temporary, { force: true });
      throw err;
    }
    return { size, sha256: hash.digest('hex') };
  }

  /** The file and its size, or undefined when it is not (or no longer) there. */
  async open(id: string): Promise<{ stream: ReadStream; size: number } | undefined> {
    try {
      const { size } = await stat(this.path(id));
      return { stream: createReadStream(this.path(id)), size };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  /** Removes export files (and abandoned temporary files) last written before `cutoff`; returns how many. */
  async removeOlderThan(cutoff: Date): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw err;
    }
    let removed = 0;
    for (const name of names.filter((n) => EXPORT_FILE.test(n))) {
      const file = join(this.dir, name);
      const info = await stat(file).catch(() => undefined);
      if (!info || info.mtime >= cutoff) continue;
      await rm(file, { force: true });
      removed += 1;
    }
    return removed;
  }
}
