import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ActionPlanRepository } from '../../action-plan.repository';
import { toActionPlanView, type ActionPlanView } from '../../views/action-plan.view';
import { GetActionPlanQuery } from './get-action-plan.query';

@QueryHandler(GetActionPlanQuery)
export class GetActionPlanHandler implements IQueryHandler<GetActionPlanQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly plans: ActionPlanRepository,
  ) {}

  async execute({ actor, planId }: GetActionPlanQuery): Promise<{ view: ActionPlanView; etag: string }> {
    const em = this.em.fork();
    const plan = await this.plans.loadVisible(em, planId, actor);
    const version = await this.plans.loadVersion(em, plan.id, plan.currentVersion);
    return { view: toActionPlanView(plan, version.content), etag: plan.etag };
  }
}
