import { LockMode } from '@mikro-orm/core';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { CHECK_TYPES } from '../../checks/check';
import { CheckResult } from '../../checks/check-result.entity';
import { recommend } from '../../checks/recommendation';
import { ActionPlan } from '../../domain';
import { CompleteActionPlanReviewCommand } from './complete-action-plan-review.command';

/**
 * Called after every stored result. The plan row is locked, so of two checks finishing at once one
 * completes the review and the other finds it done. A result that changes after completion (an
 * endorsement rerun) updates the recommendation instead.
 */
@CommandHandler(CompleteActionPlanReviewCommand)
export class CompleteActionPlanReviewHandler implements ICommandHandler<CompleteActionPlanReviewCommand> {
  constructor(private readonly plans: ActionPlanRepository) {}

  execute({ planId, version }: CompleteActionPlanReviewCommand): Promise<boolean> {
    return this.plans.transaction(async (em) => {
      const plan = await em.findOne(ActionPlan, { id: planId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!plan || plan.currentVersion !== version || !['in_review', 'awaiting_decision'].includes(plan.status)) return false;
      const results = await em.find(CheckResult, { planId, version });
      if (results.length < CHECK_TYPES.length || results.some((result) => !result.isFinal)) return false;
      const recommendation = recommend(results.map(({ type, status, score }) => ({ type, status: status as 'passed' | 'warning' | 'failed', score })));
      if (plan.status === 'in_review') plan.completeReview(recommendation, SYSTEM_ACTOR);
      else plan.updateRecommendation(recommendation, SYSTEM_ACTOR);
      await this.plans.save(em, plan);
      return true;
    });
  }
}
