export const TASK_STATUSES = ['open', 'done'] as const;
export const TASK_PRIORITIES = ['low', 'normal', 'high'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export interface Task {
  id: string;
  title: string;
  description: string | null;
  status: TaskStatus;
  due_at: Date | null;
  priority: TaskPriority;
  lead_id: string | null;
  contact_id: string | null;
  assignee_id: string | null;
  created_at: Date;
  updated_at: Date;
}
