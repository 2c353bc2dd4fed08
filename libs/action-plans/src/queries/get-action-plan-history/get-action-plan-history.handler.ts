import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ActionPlanRepository } from '../../action-plan.repository';
import { ActionPlanEvent, mayReadThread, THREAD_EVENT_TYPES, type ThreadVisibility } from '../../domain';
import { toActionPlanEventView, type ActionPlanEventView } from '../../views/action-plan.view';
import { GetActionPlanHistoryQuery } from './get-action-plan-history.query';

@QueryHandler(GetActionPlanHistoryQuery)
export class GetActionPlanHistoryHandler implements IQueryHandler<GetActionPlanHistoryQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly plans: ActionPlanRepository,
  ) {}

  async execute({ actor, planId }: GetActionPlanHistoryQuery): Promise<ActionPlanEventView[]> {
    const em = this.em.fork();
    const plan = await this.plans.loadVisible(em, planId, actor);
    const events = await em.find(ActionPlanEvent, { planId: plan.id }, { orderBy: { seq: 'asc' } });
    // A thread's events are the thread: told only to those who may read it, and so are the threads
    // a decision cites (participants threads, which a partner that takes no part in the plan may not).
    const readable = events.filter((event) => !THREAD_EVENT_TYPES.includes(event.type) || mayReadThread(plan, event.data.visibility as ThreadVisibility, actor));
    const readsCited = mayReadThread(plan, 'participants', actor);
    return readable.map((event) => {
      const view = toActionPlanEventView(event);
      if (readsCited || view.data.threads === undefined) return view;
      const { threads: _cited, ...data } = view.data;
      return { ...view, data };
    });
  }
}
