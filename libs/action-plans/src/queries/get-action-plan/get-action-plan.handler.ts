import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ActionPlanRepository } from '../../action-plan.repository';
import { ThreadReader } from '../../threads/thread-reader';
import { toActionPlanView, type ActionPlanDetailView } from '../../views/action-plan.view';
import { GetActionPlanQuery } from './get-action-plan.query';

@QueryHandler(GetActionPlanQuery)
export class GetActionPlanHandler implements IQueryHandler<GetActionPlanQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly plans: ActionPlanRepository,
    private readonly threads: ThreadReader,
  ) {}

  async execute({ actor, planId }: GetActionPlanQuery): Promise<{ view: ActionPlanDetailView; etag: string }> {
    const em = this.em.fork();
    const plan = await this.plans.loadVisible(em, planId, actor);
    const [version, round] = await Promise.all([this.plans.loadVersion(em, plan.id, plan.currentVersion), this.threads.round(em, plan, actor)]);
    return { view: { ...toActionPlanView(plan, version.content), ...round }, etag: plan.etag };
  }
}
