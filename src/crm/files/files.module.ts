import { Module } from '@nestjs/common';
import { FilesController } from './files.controller.js';
import { FilesRepository } from './files.repository.js';
import { FilesService } from './files.service.js';
import { FilesSweepJob } from './files-sweep.job.js';
import { FilesSweep } from './files-sweep.service.js';

/** File attachments of CRM records; the bytes live in the platform's FileStorage (local disk or S3). */
@Module({
  controllers: [FilesController],
  providers: [FilesService, FilesRepository, FilesSweep, FilesSweepJob],
  exports: [FilesService, FilesSweep],
})
export class FilesModule {}
