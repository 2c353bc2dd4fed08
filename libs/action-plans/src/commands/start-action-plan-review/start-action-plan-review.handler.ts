import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { CHECK_TYPES } from '../../checks/check';
import { CheckResult } from '../../checks/check-result.entity';
import { ActionPlan } from '../../domain';
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
  ) {}

  execute({ planId, version }: StartActionPlanReviewCommand): Promise<boolean> {
    return this.plans.transaction(async (em) => {
      const plan = await em.findOne(ActionPlan, { id: planId });
      if (!plan || plan.status !== 'submitted' || plan.currentVersion !== version) return false;
      plan.startReview(SYSTEM_ACTOR);
      const { content } = await this.plans.loadVersion(em, planId, version);
      await this.portfolio.add(em, plan, content);
      em.persist(CHECK_TYPES.map((type) => new CheckResult(planId, version, type)));
      await this.plans.save(em, plan);
      return true;
    });
  }
}
