import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ActionPlanRepository } from '../../action-plan.repository';
import { canonicalPlanContent } from '../../domain';
import { toActionPlanView } from '../../views/action-plan.view';
import type { SavedActionPlan } from '../saved-action-plan';
import { ReviseActionPlanCommand } from './revise-action-plan.command';

@CommandHandler(ReviseActionPlanCommand)
export class ReviseActionPlanHandler implements ICommandHandler<ReviseActionPlanCommand> {
  constructor(private readonly plans: ActionPlanRepository) {}

  execute({ actor, planId, content, ifMatch }: ReviseActionPlanCommand): Promise<SavedActionPlan> {
    return this.plans.transaction(async (em) => {
      const { plan, content: previous } = await this.plans.loadVisibleWithContent(em, planId, actor);
      plan.assertMatches(ifMatch);
      const canonical = canonicalPlanContent(content, previous);
      plan.revise(canonical, previous, actor);
      await this.plans.save(em, plan);
      await em.flush();
      return { view: toActionPlanView(plan, canonical), etag: plan.etag, replayed: false };
    });
  }
}
