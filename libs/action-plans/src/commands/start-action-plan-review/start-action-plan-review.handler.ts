import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { preparedQuery, SYSTEM_ACTOR } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { CHECK_TYPES } from '../../checks/check';
import { CheckDataService } from '../../review/check-data.service';
import { PortfolioIndex } from '../../review/portfolio-index';
import { StartActionPlanReviewCommand } from './start-action-plan-review.command';

/**
 * Moves a submitted version into review, with a pending result for every check and the plan in the
 * portfolio indexes, in one transaction. Idempotent, because delivery is at-least-once: a job for a
 * version that is no longer the submitted one (already in review, withdrawn, revised) changes nothing.
 */
@CommandHandler(StartActionPlanReviewCommand)
export class StartActionPlanReviewHandler implements ICommandHandler<StartActionPlanReviewCommand> {
  constructor(
    private readonly plans: ActionPlanRepository,
    private readonly portfolio: PortfolioIndex,
    private readonly data: CheckDataService,
  ) {}

  async execute({ planId, version }: StartActionPlanReviewCommand): Promise<boolean> {
    const referenceAndRates = await this.data.referenceAndRates();
    return this.plans.transaction(async (em) => {
      const loaded = await this.plans.loadWithContent(em, planId);
      if (!loaded || loaded.plan.status !== 'submitted' || loaded.plan.currentVersion !== version) return false;
      const { plan, content } = loaded;
      plan.startReview(SYSTEM_ACTOR);
      // A pending result per check, and the count the checks decrement as they store theirs.
      await preparedQuery(
        em,
        `with pending as (
           insert into check_result (plan_id, version, type, status) select $1, $2, type, 'pending' from unnest($3::text[]) as type returning type)
         update action_plan set checks_pending = (select count(*) from pending) where id = $1`,
        [planId, version, CHECK_TYPES],
      );
      await this.plans.save(em, plan);
      await em.flush();
      // Last: the goal x country totals are rows every review start in the same cells updates, and
      // their locks are held until the commit.
      await this.portfolio.add(em, plan, content, referenceAndRates);
      return true;
    });
  }
}
