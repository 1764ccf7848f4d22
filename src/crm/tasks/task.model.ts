import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTime } from '../../platform/graphql/date-time.scalar.js';
import { PageType } from '../../platform/graphql/page.type.js';
import { TASK_PRIORITIES, TASK_STATUSES, type Task, type TaskPriority, type TaskStatus } from './task.entity.js';

export const TaskStatusEnum = Object.fromEntries(TASK_STATUSES.map((s) => [s, s])) as { [S in TaskStatus]: S };
export const TaskPriorityEnum = Object.fromEntries(TASK_PRIORITIES.map((p) => [p, p])) as {
  [P in TaskPriority]: P;
};
registerEnumType(TaskStatusEnum, { name: 'TaskStatus' });
registerEnumType(TaskPriorityEnum, { name: 'TaskPriority' });

@ObjectType('Task')
export class TaskModel implements Task {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => TaskStatusEnum)
  status!: TaskStatus;

  @Field(() => DateTime, { nullable: true })
  due_at!: string | null;

  @Field(() => TaskPriorityEnum)
  priority!: TaskPriority;

  @Field(() => ID, { nullable: true })
  lead_id!: string | null;

  @Field(() => ID, { nullable: true })
  contact_id!: string | null;

  @Field(() => ID, { nullable: true })
  assignee_id!: string | null;

  @Field(() => DateTime)
  created_at!: string;

  @Field(() => DateTime)
  updated_at!: string;
}

export const TaskPage = PageType(TaskModel, 'TaskPage');
