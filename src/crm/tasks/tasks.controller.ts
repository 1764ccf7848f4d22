import { Body, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiEnvelope, ApiNoContent } from '../../platform/common/openapi/api-responses.decorator.js';
import { Task } from './task.entity.js';
import { ok } from '../../platform/common/envelope.js';
import { IdParam } from '../../platform/common/id-param.js';
import { TenantController } from '../../platform/identity/tenant-controller.decorator.js';
import { CreateTaskDto } from './dto/create-task.dto.js';
import { ListTasksQuery } from './dto/list-tasks.query.js';
import { UpdateTaskDto } from './dto/update-task.dto.js';
import { TasksService } from './tasks.service.js';

@TenantController('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Post()
  @ApiEnvelope(Task, { status: 201 })
  async create(@Body() dto: CreateTaskDto) {
    return ok(await this.tasks.create(dto));
  }

  @Get()
  @ApiEnvelope(Task, { list: true })
  async list(@Query() query: ListTasksQuery) {
    const page = await this.tasks.list(query);
    return ok(page.data, { meta: page.meta });
  }

  @Get(':id')
  @ApiEnvelope(Task)
  async get(@IdParam() id: string) {
    return ok(await this.tasks.get(id));
  }

  @Patch(':id')
  @ApiEnvelope(Task)
  async update(@IdParam() id: string, @Body() dto: UpdateTaskDto) {
    return ok(await this.tasks.update(id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContent()
  async remove(@IdParam() id: string): Promise<void> {
    await this.tasks.remove(id);
  }
}
