import { Module } from '@nestjs/common';
import { TasksController } from './tasks.controller.js';
import { TasksRepository } from './tasks.repository.js';
import { TasksService } from './tasks.service.js';
import { TasksResolver } from './tasks.resolver.js';
import { LeadTasksResolver } from './lead-tasks.resolver.js';

@Module({
  controllers: [TasksController],
  providers: [TasksService, TasksRepository, TasksResolver, LeadTasksResolver],
  exports: [TasksService, TasksRepository],
})
export class TasksModule {}
