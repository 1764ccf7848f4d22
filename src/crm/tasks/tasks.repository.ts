import { Injectable } from '@nestjs/common';
import { TenantCrudRepository } from '../../platform/tenancy/crud/tenant-crud.repository.js';
import type { Task } from './task.entity.js';

@Injectable()
export class TasksRepository extends TenantCrudRepository<Task> {
  protected readonly spec = {
    table: 'tasks',
    columns:
      'id, title, description, status, due_at, priority, lead_id, contact_id, assignee_id, created_at, updated_at',
    writable: ['title', 'description', 'status', 'due_at', 'priority', 'lead_id', 'contact_id', 'assignee_id'],
    search: ['title', 'description'],
    filters: ['status', 'priority', 'lead_id', 'contact_id', 'assignee_id'],
  };
}
