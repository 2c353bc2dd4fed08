import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ActionPlanRepository } from '../../action-plan.repository';
import { ThreadReader } from '../../threads/thread-reader';
import type { ThreadView } from '../../views/thread.view';
import { ListActionPlanThreadsQuery } from './list-action-plan-threads.query';

@QueryHandler(ListActionPlanThreadsQuery)
export class ListActionPlanThreadsHandler implements IQueryHandler<ListActionPlanThreadsQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly plans: ActionPlanRepository,
    private readonly reader: ThreadReader,
  ) {}

  async execute({ actor, planId }: ListActionPlanThreadsQuery): Promise<ThreadView[]> {
    const em = this.em.fork();
    const plan = await this.plans.loadVisible(em, planId, actor);
    return this.reader.readable(em, plan, actor);
  }
}
