import { DateTimeField, EnumField, TextField, UuidField } from '../../platform/common/openapi/api-fields.decorator.js';

export const TASK_STATUSES = ['open', 'done'] as const;
export const TASK_PRIORITIES = ['low', 'normal', 'high'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export class Task {
  @UuidField() id!: string;
  @TextField() title!: string;
  @TextField({ nullable: true }) description!: string | null;
  @EnumField(TASK_STATUSES) status!: TaskStatus;
  @DateTimeField({ nullable: true }) due_at!: string | null;
  @EnumField(TASK_PRIORITIES) priority!: TaskPriority;
  @UuidField({ nullable: true }) lead_id!: string | null;
  @UuidField({ nullable: true }) contact_id!: string | null;
  @UuidField({ nullable: true }) assignee_id!: string | null;
  @DateTimeField() created_at!: string;
  @DateTimeField() updated_at!: string;
}
