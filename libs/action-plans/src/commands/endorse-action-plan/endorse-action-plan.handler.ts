import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ActionPlanRepository } from '../../action-plan.repository';
import { Endorsement } from '../../checks/check-result.entity';
import { mayEndorse } from '../../checks/endorsement.check';
import { ActionPlanNotFoundError, FINAL_STATUSES, isVisibleTo } from '../../domain';
import { CheckDataService } from '../../review/check-data.service';
import { EndorseActionPlanCommand, type EndorsementView } from './endorse-action-plan.command';

const view = (endorsement: Endorsement): EndorsementView => ({
  planId: endorsement.planId,
  version: endorsement.version,
  partnerCode: endorsement.partnerCode,
  comment: endorsement.comment,
  createdAt: endorsement.createdAt.toISOString(),
});

/**
 * Records the endorsement and an ActionPlanEndorsed event in one transaction; the event's job reruns
 * the endorsement check. Endorsing the same version again answers the first endorsement (the plan's
 * row lock orders two of them).
 */
@CommandHandler(EndorseActionPlanCommand)
export class EndorseActionPlanHandler implements ICommandHandler<EndorseActionPlanCommand> {
  constructor(
    private readonly plans: ActionPlanRepository,
    private readonly data: CheckDataService,
  ) {}

  async execute({ actor, planId, comment }: EndorseActionPlanCommand): Promise<{ endorsement: EndorsementView; created: boolean }> {
    // Before the transaction: see CheckDataService.referenceAndRates.
    const { reference } = await this.data.referenceAndRates();
    return this.plans.transaction(async (em) => {
      // Locked, not checked optimistically: the automated review changes the plan row while partners
      // endorse, and an endorsement does not depend on how far the review has gone.
      const plan = await this.plans.lockForUpdate(em, planId);
      if (!plan) throw new ActionPlanNotFoundError(planId);
      const { content } = await this.plans.loadVersion(em, planId, plan.currentVersion);
      const allowed = mayEndorse({ id: plan.id, version: plan.currentVersion, leadPartnerCode: plan.leadPartnerCode, content }, reference, actor.partnerCode ?? '');
      // A government endorses plans for its country even when it takes no part in them. Such a plan
      // stays one it cannot see: once closed (withdrawn, rejected, superseded) it is not found, as
      // for anyone else, rather than a 409 that would tell its state.
      const visible = isVisibleTo(plan, actor);
      if (!visible && (!allowed || FINAL_STATUSES.includes(plan.status))) throw new ActionPlanNotFoundError(planId);

      const existing = actor.partnerCode ? await em.findOne(Endorsement, { planId, version: plan.currentVersion, partnerCode: actor.partnerCode }) : null;
      if (existing) return { endorsement: view(existing), created: false };

      plan.endorse(actor, allowed, comment);
      const endorsement = new Endorsement(planId, plan.currentVersion, actor.partnerCode!, comment, { ...actor }, new Date());
      em.persist(endorsement);
      await this.plans.save(em, plan);
      return { endorsement: view(endorsement), created: true };
    });
  }
}
