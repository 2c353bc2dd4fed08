import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ActionPlanRepository } from '../../action-plan.repository';
import { CHECK_TYPES } from '../../checks/check';
import { CheckResult } from '../../checks/check-result.entity';
import { ActionPlan, isVisibleTo } from '../../domain';
import { toCheckResultView, type CheckResultView } from '../../views/check-result.view';
import { GetActionPlanChecksQuery } from './get-action-plan-checks.query';

@QueryHandler(GetActionPlanChecksQuery)
export class GetActionPlanChecksHandler implements IQueryHandler<GetActionPlanChecksQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly plans: ActionPlanRepository,
  ) {}

  async execute({ actor, planId }: GetActionPlanChecksQuery): Promise<CheckResultView[]> {
    const em = this.em.fork();
    const plan = await this.plans.loadVisible(em, planId, actor);
    const results = await em.find(CheckResult, { planId, version: plan.currentVersion });
    const relatedIds = [...new Set(results.flatMap((result) => result.findings.flatMap((finding) => (finding.relatedPlanId ? [finding.relatedPlanId] : []))))];
    const related = relatedIds.length ? await em.find(ActionPlan, { id: { $in: relatedIds } }, { fields: ['id', 'status', 'partnerCodes'] }) : [];
    const visible = new Set(related.filter((other) => isVisibleTo(other, actor)).map((other) => other.id));
    const order = (type: string) => CHECK_TYPES.indexOf(type as (typeof CHECK_TYPES)[number]);
    return results.sort((a, b) => order(a.type) - order(b.type)).map((result) => toCheckResultView(result, (id) => visible.has(id)));
  }
}
