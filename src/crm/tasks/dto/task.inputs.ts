import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import type { TaskPriority, TaskStatus } from '../task.entity.js';
import { TaskPriorityEnum, TaskStatusEnum } from '../task.model.js';
import { CreateTaskDto } from './create-task.dto.js';
import { ListTasksQuery } from './list-tasks.query.js';

// GraphQL inputs over the REST DTOs: the fields are declared for the schema, the validation rules are inherited.

@InputType('CreateTaskInput')
export class CreateTaskInput extends CreateTaskDto {
  @Field(() => String)
  declare title: string;

  @Field(() => String, { nullable: true })
  declare description?: string | null;

  @Field(() => TaskStatusEnum, { nullable: true })
  declare status?: TaskStatus;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date and time' })
  declare due_at?: string | null;

  @Field(() => TaskPriorityEnum, { nullable: true })
  declare priority?: TaskPriority;

  @Field(() => ID, { nullable: true })
  declare lead_id?: string | null;

  @Field(() => ID, { nullable: true })
  declare contact_id?: string | null;

  @Field(() => ID, { nullable: true })
  declare assignee_id?: string | null;
}

@InputType('UpdateTaskInput')
export class UpdateTaskInput extends PartialType(CreateTaskInput, InputType) {}

@ArgsType()
export class TasksArgs extends ListTasksQuery {
  @Field(() => Int, { defaultValue: 50 })
  declare limit: number;

  @Field(() => String, { nullable: true })
  declare cursor?: string;

  @Field(() => String, { nullable: true })
  declare q?: string;

  @Field(() => TaskStatusEnum, { nullable: true })
  declare status?: TaskStatus;

  @Field(() => TaskPriorityEnum, { nullable: true })
  declare priority?: TaskPriority;

  @Field(() => ID, { nullable: true })
  declare lead_id?: string;

  @Field(() => ID, { nullable: true })
  declare contact_id?: string;

  @Field(() => ID, { nullable: true })
  declare assignee_id?: string;
}
