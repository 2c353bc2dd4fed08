import type { FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ActionPlan, ActionPlanVersion } from '../../domain';
import { toActionPlanView } from '../../views/action-plan.view';
import { ListActionPlansQuery, type ActionPlanPage } from './list-action-plans.query';

/**
 * Newest first, keyed on the time-ordered id, so a page is one index range scan and the cursor stays
 * valid while plans are added. Two queries per page: the plans, then their current versions.
 */
@QueryHandler(ListActionPlansQuery)
export class ListActionPlansHandler implements IQueryHandler<ListActionPlansQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, filters, limit, after }: ListActionPlansQuery): Promise<ActionPlanPage> {
    const em = this.em.fork();
    const where: FilterQuery<ActionPlan>[] = [];
    if (actor.role === 'partner') {
      where.push({ $or: [{ status: 'approved' }, { partnerCodes: { $contains: [actor.partnerCode ?? ''] } }] });
    }
    if (filters.status) where.push({ status: filters.status });
    if (filters.country) where.push({ countries: { $contains: [filters.country] } });
    if (filters.goal) where.push({ goals: { $contains: [filters.goal] } });
    if (filters.partner) where.push({ partnerCodes: { $contains: [filters.partner] } });
    if (after) where.push({ id: { $lt: after } });

    const plans = await em.find(ActionPlan, { $and: where }, { orderBy: { id: 'desc' }, limit: limit + 1 });
    const page = plans.slice(0, limit);
    const versions = page.length
      ? await em.find(ActionPlanVersion, { $or: page.map((plan) => ({ planId: plan.id, number: plan.currentVersion })) })
      : [];
    const contentOf = new Map(versions.map((version) => [version.planId, version.content]));
    return {
      items: page.map((plan) => toActionPlanView(plan, contentOf.get(plan.id)!)),
      nextCursor: plans.length > limit ? page[page.length - 1].id : null,
    };
  }
}
