import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ActionPlanRepository } from '../../action-plan.repository';
import { toActionPlanVersionView, type ActionPlanVersionView } from '../../views/action-plan.view';
import { GetActionPlanVersionQuery } from './get-action-plan-version.query';

@QueryHandler(GetActionPlanVersionQuery)
export class GetActionPlanVersionHandler implements IQueryHandler<GetActionPlanVersionQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly plans: ActionPlanRepository,
  ) {}

  async execute({ actor, planId, version }: GetActionPlanVersionQuery): Promise<ActionPlanVersionView> {
    const em = this.em.fork();
    const plan = await this.plans.loadVisible(em, planId, actor);
    return toActionPlanVersionView(await this.plans.loadVersion(em, plan.id, version));
  }
}
