import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { QUEUES } from '@accord/queues';
import { ActionPlanRepository } from '../../action-plan.repository';
import { CheckDataService } from '../../review/check-data.service';
import { PortfolioIndex } from '../../review/portfolio-index';
import { REVIEW_JOB, reviewJobId, type ReviewJob } from '../../review/review-job';
import { toActionPlanView } from '../../views/action-plan.view';
import type { SavedActionPlan } from '../saved-action-plan';
import { SubmitActionPlanCommand } from './submit-action-plan.command';

/**
 * Submits the current version, in one transaction: the plan enters the portfolio indexes, and the
 * outbox carries ActionPlanSubmitted and the version's review job to the workers. In the indexes
 * before its review searches them, a plan is found by every review that searches after this
 * commit, so of two plans reviewed at the same time at least one finds the other.
 */
@CommandHandler(SubmitActionPlanCommand)
export class SubmitActionPlanHandler implements ICommandHandler<SubmitActionPlanCommand> {
  constructor(
    private readonly plans: ActionPlanRepository,
    private readonly portfolio: PortfolioIndex,
    private readonly data: CheckDataService,
  ) {}

  async execute({ actor, planId, ifMatch }: SubmitActionPlanCommand): Promise<SavedActionPlan> {
    // Before the transaction: see CheckDataService.referenceAndRates.
    const referenceAndRates = await this.data.referenceAndRates();
    return this.plans.transaction(async (em) => {
      const { plan, content } = await this.plans.loadVisibleWithContent(em, planId, actor);
      plan.assertMatches(ifMatch);
      plan.submit(actor);
      const review: ReviewJob = { planId, version: plan.currentVersion };
      await this.plans.save(em, plan, [{ queue: QUEUES.actionPlanChecks, name: REVIEW_JOB, jobId: reviewJobId(planId, plan.currentVersion), payload: { ...review } }]);
      // Last: the goal x country totals are rows every submission in the same cells updates, and
      // their locks are held until the commit.
      await this.portfolio.add(em, plan, content, referenceAndRates);
      await em.flush();
      return { view: toActionPlanView(plan, content), etag: plan.etag, replayed: false };
    });
  }
}
