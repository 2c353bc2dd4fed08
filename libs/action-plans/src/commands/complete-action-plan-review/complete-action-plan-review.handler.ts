import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, SYSTEM_ACTOR, type AppConfig } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { isFinal, resultKey, type CheckOutcome } from '../../checks/check';
import { recommend } from '../../checks/recommendation';
import { CHECKS } from '../../checks/registry';
import { checkDatabase } from '../../review/check-data.service';
import { shownResults } from '../../review/check-results';
import { CompleteActionPlanReviewCommand } from './complete-action-plan-review.command';

/**
 * Called after every stored result. The plan row is locked, so of two checks finishing at once one
 * completes the review and the other finds it done. A result that changes after completion (an
 * endorsement rerun) updates the recommendation instead. The results are read after the lock, in
 * statements of their own, so that they include those committed while this one waited for it, and
 * the overlaps other plans' reviews wrote meanwhile (they hold this row's lock while they write).
 */
@CommandHandler(CompleteActionPlanReviewCommand)
export class CompleteActionPlanReviewHandler implements ICommandHandler<CompleteActionPlanReviewCommand> {
  constructor(
    private readonly plans: ActionPlanRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ planId, version }: CompleteActionPlanReviewCommand): Promise<boolean> {
    return this.plans.transaction(async (em) => {
      const plan = await this.plans.lockForUpdate(em, planId);
      if (!plan || plan.currentVersion !== version || !['in_review', 'awaiting_decision'].includes(plan.status)) return false;
      const results = (await shownResults(checkDatabase(em), CHECKS, [{ planId, version }], this.config)).get(resultKey({ planId, version }))!;
      const final = results.filter((result): result is typeof result & { status: CheckOutcome['status'] } => isFinal(result.status));
      if (results.length < CHECKS.types.length || final.length < results.length) return false;
      const recommendation = recommend(final);
      if (plan.status === 'in_review') plan.completeReview(recommendation, SYSTEM_ACTOR);
      else plan.updateRecommendation(recommendation, SYSTEM_ACTOR);
      await this.plans.save(em, plan);
      return true;
    });
  }
}
