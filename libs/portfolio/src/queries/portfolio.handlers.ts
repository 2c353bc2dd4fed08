import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { isVisibleTo, Money, type ActionPlanStatus } from '@accord/action-plans';
import type { Actor } from '@accord/shared';
import { coverageCells, findGaps, type CoverageCell } from '../coverage/coverage';
import { overlapClusters, summariseLinks } from '../overlaps/clusters';
import type { PortfolioFilters } from '../portfolio-filters';
import { PortfolioReadModel } from '../portfolio.read-model';
import { GetCoverageQuery, GetGapsQuery, GetOverlapClustersQuery, type CoverageView, type OverlapClusterView } from './portfolio.queries';

async function cells(model: PortfolioReadModel, actor: Actor, filters: PortfolioFilters): Promise<CoverageCell[]> {
  const [goals, countries, rows] = await Promise.all([model.codes('goal'), model.codes('country'), model.coverageRows(filters, actor)]);
  return coverageCells(goals, countries, rows);
}

const sum = (amounts: string[]) => amounts.reduce((total, amount) => total.add(Money.ofStored(amount, 'USD')), Money.zero('USD')).amount;

@QueryHandler(GetCoverageQuery)
export class GetCoverageHandler implements IQueryHandler<GetCoverageQuery> {
  constructor(private readonly model: PortfolioReadModel) {}

  async execute({ actor, filters }: GetCoverageQuery): Promise<CoverageView> {
    const all = await cells(this.model, actor, filters);
    return {
      currency: 'USD',
      cells: all,
      totals: { approvedUsd: sum(all.map((cell) => cell.approved.usd)), pipelineUsd: sum(all.map((cell) => cell.pipeline.usd)) },
    };
  }
}

@QueryHandler(GetGapsQuery)
export class GetGapsHandler implements IQueryHandler<GetGapsQuery> {
  constructor(private readonly model: PortfolioReadModel) {}

  async execute({ actor, filters, minShare }: GetGapsQuery) {
    return { minShare, gaps: findGaps(await cells(this.model, actor, filters), minShare) };
  }
}

/**
 * Reviewers and admins see every cluster; a partner only those holding one of its own plans, and of
 * the other plans, and of the links between them, only what it may see.
 */
@QueryHandler(GetOverlapClustersQuery)
export class GetOverlapClustersHandler implements IQueryHandler<GetOverlapClustersQuery> {
  constructor(private readonly model: PortfolioReadModel) {}

  async execute({ actor }: GetOverlapClustersQuery): Promise<OverlapClusterView[]> {
    const clusters = overlapClusters(await this.model.overlapEdges());
    const plans = new Map((await this.model.plansOf(clusters.flatMap((cluster) => cluster.planIds))).map((plan) => [plan.id, plan]));
    const visible = (id: string) => {
      const plan = plans.get(id);
      return plan !== undefined && isVisibleTo({ status: plan.status as ActionPlanStatus, partnerCodes: plan.partner_codes }, actor);
    };
    const own = (id: string) => actor.role !== 'partner' || (actor.partnerCode !== null && (plans.get(id)?.partner_codes.includes(actor.partnerCode) ?? false));
    return clusters
      .filter((cluster) => cluster.planIds.some(own))
      .map(({ planIds, links }) => ({
        // A link's score is known to whoever sees one of its plans (that plan's overlap finding); what
        // it shares, only to whoever sees both.
        ...summariseLinks(
          links.filter((link) => visible(link.a) || visible(link.b)),
          links.filter((link) => visible(link.a) && visible(link.b)),
        ),
        plans: planIds.map((id) => {
          const plan = plans.get(id);
          if (!plan || !visible(id)) return { id };
          return { id, title: plan.title, leadPartner: plan.lead_partner_code, status: plan.status, countries: plan.countries, budgetUsd: plan.usd, coFunds: plan.co_funds };
        }),
        // Over the plans the caller may see: a partner must not learn another's budget by subtraction.
        combinedBudgetUsd: sum(planIds.filter(visible).map((id) => plans.get(id)?.usd ?? '0')),
      }));
  }
}
