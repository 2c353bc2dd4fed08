import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { ActionPlan } from '../../domain';
import { StartActionPlanReviewCommand } from './start-action-plan-review.command';

/**
 * Moves a submitted version into review. Idempotent, because delivery is at-least-once: a job for a
 * version that is no longer the submitted one (already in review, withdrawn, revised) changes nothing.
 */
@CommandHandler(StartActionPlanReviewCommand)
export class StartActionPlanReviewHandler implements ICommandHandler<StartActionPlanReviewCommand> {
  constructor(private readonly plans: ActionPlanRepository) {}

  execute({ planId, version }: StartActionPlanReviewCommand): Promise<boolean> {
    return this.plans.transaction(async (em) => {
      const plan = await em.findOne(ActionPlan, { id: planId });
      if (!plan || plan.status !== 'submitted' || plan.currentVersion !== version) return false;
      plan.startReview(SYSTEM_ACTOR);
      this.plans.save(em, plan);
      return true;
    });
  }
}
