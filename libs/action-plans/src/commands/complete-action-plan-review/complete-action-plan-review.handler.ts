import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { preparedQuery, SYSTEM_ACTOR } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { CHECK_TYPES, isFinal, type CheckOutcome, type CheckStatus, type CheckType } from '../../checks/check';
import { recommend } from '../../checks/recommendation';
import { CompleteActionPlanReviewCommand } from './complete-action-plan-review.command';

/**
 * Called after every stored result. The plan row is locked, so of two checks finishing at once one
 * completes the review and the other finds it done. A result that changes after completion (an
 * endorsement rerun) updates the recommendation instead. The results are read after the lock, in a
 * statement of their own, so that they include those committed while this one waited for it.
 */
@CommandHandler(CompleteActionPlanReviewCommand)
export class CompleteActionPlanReviewHandler implements ICommandHandler<CompleteActionPlanReviewCommand> {
  constructor(private readonly plans: ActionPlanRepository) {}

  execute({ planId, version }: CompleteActionPlanReviewCommand): Promise<boolean> {
    return this.plans.transaction(async (em) => {
      const plan = await this.plans.lockForUpdate(em, planId);
      if (!plan || plan.currentVersion !== version || !['in_review', 'awaiting_decision'].includes(plan.status)) return false;
      const results = await preparedQuery<{ type: CheckType; status: CheckStatus; score: number | null }>(
        em,
        'select type, status, score from check_result where plan_id = $1 and version = $2',
        [planId, version],
      );
      const final = results.filter((result): result is typeof result & { status: CheckOutcome['status'] } => isFinal(result.status));
      if (results.length < CHECK_TYPES.length || final.length < results.length) return false;
      const recommendation = recommend(final);
      if (plan.status === 'in_review') plan.completeReview(recommendation, SYSTEM_ACTOR);
      else plan.updateRecommendation(recommendation, SYSTEM_ACTOR);
      await this.plans.save(em, plan);
      return true;
    });
  }
}
