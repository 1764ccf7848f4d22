import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../../platform/graphql/id-arg.js';
import { type Page, perItem, toPage } from '../../platform/graphql/page.type.js';
import { CreateTaskInput, TasksArgs, UpdateTaskInput } from './dto/task.inputs.js';
import type { Task } from './task.entity.js';
import { TaskModel, TaskPage } from './task.model.js';
import { TasksService } from './tasks.service.js';

/** GraphQL over TasksService: the same validation, audit rows and events as the REST routes. */
@Resolver(() => TaskModel)
export class TasksResolver {
  constructor(private readonly service: TasksService) {}

  @Query(() => TaskModel)
  task(@IdArg() id: string): Promise<Task> {
    return this.service.get(id);
  }

  @Query(() => TaskPage, { complexity: perItem })
  async tasks(@Args() args: TasksArgs): Promise<Page<Task>> {
    return toPage(await this.service.list(args));
  }

  @Mutation(() => TaskModel)
  createTask(@Args('input') input: CreateTaskInput): Promise<Task> {
    return this.service.create(input);
  }

  @Mutation(() => TaskModel)
  updateTask(@IdArg() id: string, @Args('input') input: UpdateTaskInput): Promise<Task> {
    return this.service.update(id, input);
  }

  @Mutation(() => Boolean, { description: 'true once deleted; NOT_FOUND when it is not in this tenant' })
  async deleteTask(@IdArg() id: string): Promise<boolean> {
    await this.service.remove(id);
    return true;
  }
}
