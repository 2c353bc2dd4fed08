import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { preparedQuery, type Actor } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { CHECK_TYPES } from '../../checks/check';
import { CheckResult } from '../../checks/check-result.entity';
import { isVisibleTo, type ActionPlanStatus } from '../../domain';
import { toCheckResultView, type CheckResultView, type Counterpart } from '../../views/check-result.view';
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
    const counterparts = await counterpartsOf(em, relatedIds, actor);
    const order = (type: string) => CHECK_TYPES.indexOf(type as (typeof CHECK_TYPES)[number]);
    return results.sort((a, b) => order(a.type) - order(b.type)).map((result) => toCheckResultView(result, counterparts));
  }
}

/** The other plans of findings, as `actor` may know them: their lead and status, and their title if it may see them. */
export async function counterpartsOf(em: EntityManager, ids: readonly string[], actor: Actor): Promise<Map<string, Counterpart>> {
  if (ids.length === 0) return new Map();
  const rows = await preparedQuery<{ id: string; status: ActionPlanStatus; partner_codes: string[]; title: string; lead_partner_code: string; lead_partner_name: string }>(
    em,
    `select p.id, p.status, p.partner_codes, p.title, p.lead_partner_code, l.name as lead_partner_name
       from action_plan p join partner l on l.code = p.lead_partner_code
      where p.id = any($1::uuid[])`,
    [ids],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        status: row.status,
        leadPartner: { code: row.lead_partner_code, name: row.lead_partner_name },
        ...(isVisibleTo({ status: row.status, partnerCodes: row.partner_codes }, actor) ? { title: row.title } : {}),
      },
    ]),
  );
}
