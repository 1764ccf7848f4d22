import { Injectable } from '@nestjs/common';
import { TenantCrudService } from '../../platform/tenancy/crud/tenant-crud.service.js';
import type { CreateTaskDto } from './dto/create-task.dto.js';
import type { UpdateTaskDto } from './dto/update-task.dto.js';
import type { Task } from './task.entity.js';
import { TasksRepository } from './tasks.repository.js';

@Injectable()
export class TasksService extends TenantCrudService<Task, CreateTaskDto, UpdateTaskDto> {
  protected readonly notFound = 'Task not found';

  constructor(repository: TasksRepository) {
    super(repository);
  }
}
