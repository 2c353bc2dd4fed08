import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { preparedQuery } from '@accord/shared';
import type { Finding } from '../../checks/check';
import { ActionPlanNotFoundError } from '../../domain';
import { counterpartsOf } from '../get-action-plan-checks/get-action-plan-checks.handler';
import { GetActionPlanSummaryQuery, type ActionPlanSummaryView } from './get-action-plan-summary.query';

/** The overlap findings naming a plan, in the current results of the plans a partner takes part in, or of all. */
const FINDINGS_ABOUT = (scope: string) => `select r.plan_id, f->'related' as related
     from action_plan p
     join check_result r on r.plan_id = p.id and r.version = p.current_version and r.type = 'overlap'
     cross join lateral jsonb_array_elements(r.findings) f
    where f->>'relatedPlanId' = $1::text and p.id <> $1::uuid ${scope}
    order by r.plan_id`;
const OF_PARTNER = FINDINGS_ABOUT('and p.partner_codes @> array[$2::text]');
const OF_ALL = FINDINGS_ABOUT('');

@QueryHandler(GetActionPlanSummaryQuery)
export class GetActionPlanSummaryHandler implements IQueryHandler<GetActionPlanSummaryQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, planId }: GetActionPlanSummaryQuery): Promise<ActionPlanSummaryView> {
    const em = this.em.fork();
    const counterpart = (await counterpartsOf(em, [planId], actor)).get(planId);
    if (!counterpart) throw new ActionPlanNotFoundError(planId);
    const findings = await (actor.role === 'partner'
      ? preparedQuery<{ plan_id: string; related: NonNullable<Finding['related']> }>(em, OF_PARTNER, [planId, actor.partnerCode ?? ''])
      : preparedQuery<{ plan_id: string; related: NonNullable<Finding['related']> }>(em, OF_ALL, [planId]));
    // Seen through a finding only: a plan the caller may see has its title in the counterpart.
    if (counterpart.title === undefined && findings.length === 0) throw new ActionPlanNotFoundError(planId);
    return {
      id: planId,
      ...counterpart,
      overlaps: findings.map(({ plan_id, related }) => ({
        planId: plan_id,
        score: related.score,
        sharedCountries: related.sharedCountries ?? [],
        sharedSectors: related.sharedSectors ?? [],
        sharedProgramAreas: related.sharedProgramAreas ?? [],
        overlappingPeriod: related.overlappingPeriod ?? null,
      })),
    };
  }
}
