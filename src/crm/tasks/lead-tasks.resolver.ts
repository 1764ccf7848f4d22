import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { perItem } from '../../platform/graphql/page.type.js';
import { RelationArgs } from '../../platform/graphql/relation-args.js';
import { byParent, relationLoader } from '../../platform/graphql/relation-loader.js';
import type { Lead } from '../leads/lead.entity.js';
import { LeadModel } from '../leads/lead.model.js';
import type { Task } from './task.entity.js';
import { TaskModel } from './task.model.js';
import { TasksService } from './tasks.service.js';

/** `Lead.tasks`, with the rows it lists (the tasks module), so no module depends on the other both ways. */
@Resolver(() => LeadModel)
export class LeadTasksResolver {
  constructor(private readonly service: TasksService) {}

  /** Batched: each lead's newest `limit` tasks, for every lead in the result, in one query. */
  @ResolveField(() => [TaskModel], { complexity: perItem })
  tasks(@Parent() lead: Lead, @Args() { limit }: RelationArgs, @Context() context: object): Promise<Task[]> {
    const loader = relationLoader(
      context,
      `lead.tasks:${limit}`,
      byParent<Task>('lead_id', (ids) => this.service.listByParents('lead_id', ids, limit)),
    );
    return loader.load(lead.id);
  }
}
