import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { ActionPlanVersion, ActionPlanVersionNotFoundError, diffPlanContent } from '../../domain';
import { GetActionPlanChangesQuery, type ActionPlanChangesView } from './get-action-plan-changes.query';

@QueryHandler(GetActionPlanChangesQuery)
export class GetActionPlanChangesHandler implements IQueryHandler<GetActionPlanChangesQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly plans: ActionPlanRepository,
  ) {}

  async execute({ actor, planId, version, since = version - 1 }: GetActionPlanChangesQuery): Promise<ActionPlanChangesView> {
    const em = this.em.fork();
    // The plan first: one the caller may not see answers as an unknown one, whatever was asked of it.
    const plan = await this.plans.loadVisible(em, planId, actor);
    if (since >= version) throw new InvalidInputError([{ field: 'since', message: `since must be an earlier version than ${version}` }]);
    if (since < 1) throw new InvalidInputError([{ field: 'since', message: 'version 1 is the first: name a later version, or an earlier one as since' }]);
    const versions = await em.find(ActionPlanVersion, { planId: plan.id, number: { $in: [since, version] } }, { fields: ['number', 'content'] });
    const contentOf = (number: number) => {
      const found = versions.find((row) => row.number === number);
      if (!found) throw new ActionPlanVersionNotFoundError(plan.id, number);
      return found.content;
    };
    const after = contentOf(version);
    return { planId: plan.id, version, since, changes: diffPlanContent(contentOf(since), after) };
  }
}
