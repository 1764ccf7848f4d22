import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Env } from '../config/env.validation.js';
import { FileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';

const STORAGE_SETTINGS = [
  'FILES_STORAGE',
  'FILES_DIR',
  'FILES_S3_BUCKET',
  'FILES_S3_ENDPOINT',
  'FILES_S3_REGION',
  'FILES_S3_ACCESS_KEY_ID',
  'FILES_S3_SECRET_ACCESS_KEY',
  'FILES_S3_FORCE_PATH_STYLE',
  'FILES_S3_PREFIX',
] as const;
export type StorageSettings = Pick<Env, (typeof STORAGE_SETTINGS)[number]>;

/** The storage FILES_STORAGE names, from its environment variables. */
export function fileStorageFrom(env: StorageSettings): FileStorage {
  if (env.FILES_STORAGE === 'local') return new LocalFileStorage(env.FILES_DIR);
  const credentials =
    env.FILES_S3_ACCESS_KEY_ID && env.FILES_S3_SECRET_ACCESS_KEY
      ? { accessKeyId: env.FILES_S3_ACCESS_KEY_ID, secretAccessKey: env.FILES_S3_SECRET_ACCESS_KEY }
      : undefined;
  return new S3FileStorage({
    bucket: env.FILES_S3_BUCKET ?? '',
    prefix: env.FILES_S3_PREFIX,
    client: {
      region: env.FILES_S3_REGION,
      endpoint: env.FILES_S3_ENDPOINT,
      forcePathStyle: env.FILES_S3_FORCE_PATH_STYLE,
      credentials,
      // Checksums only where S3 requires them: S3-compatible servers often reject the SDK's default CRC32 trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  });
}

class StorageCloser implements OnApplicationShutdown {
  constructor(@Inject(FileStorage) private readonly storage: FileStorage) {}

  onApplicationShutdown(): void {
    if (this.storage instanceof S3FileStorage) this.storage.destroy();
  }
}

/** The one `FileStorage` of the process; global, because a purge (platform) and the files module (CRM) share it. */
@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [ConfigService],
      useFactory: (config: ConfigService<Env, true>) =>
        fileStorageFrom(
          Object.fromEntries(STORAGE_SETTINGS.map((name) => [name, config.get(name)])) as unknown as StorageSettings,
        ),
    },
    StorageCloser,
  ],
  exports: [FileStorage],
})
export class FileStorageModule {}
