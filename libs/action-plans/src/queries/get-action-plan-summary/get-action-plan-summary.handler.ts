import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { preparedQuery } from '@accord/shared';
import { OVERLAP_SIDES, overlapSide, type OverlapRow } from '../../checks/overlap.check';
import { ActionPlanNotFoundError } from '../../domain';
import { counterpartsOf } from '../get-action-plan-checks/get-action-plan-checks.handler';
import { GetActionPlanSummaryQuery, type ActionPlanSummaryView } from './get-action-plan-summary.query';

/** The overlaps naming a plan that the current versions of the plans a partner takes part in (or of all) show. */
const FINDINGS_ABOUT = (scope: string) => `select s.plan_id, s.related_plan_id, s.linked, s.score, s.shared_countries, s.shared_sectors, s.shared_program_areas, s.period_start, s.period_end
     from ${OVERLAP_SIDES} s
     join action_plan p on p.id = s.plan_id and p.current_version = s.version
    where s.related_plan_id = $1::uuid and s.shows ${scope}
    order by s.plan_id`;
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
      ? preparedQuery<OverlapRow & { plan_id: string }>(em, OF_PARTNER, [planId, actor.partnerCode ?? ''])
      : preparedQuery<OverlapRow & { plan_id: string }>(em, OF_ALL, [planId]));
    // Seen through a finding only: a plan the caller may see has its title in the counterpart.
    if (counterpart.title === undefined && findings.length === 0) throw new ActionPlanNotFoundError(planId);
    return {
      id: planId,
      ...counterpart,
      overlaps: findings.map((row) => ({ planId: row.plan_id, ...overlapSide(row).overlap })),
    };
  }
}
