import { CommandHandler } from '@nestjs/cqrs';
import type { ActionPlan } from '../../domain';
import { PlanTransitionHandler } from '../plan-transition.handler';
import { SubmitActionPlanCommand } from './submit-action-plan.command';

/** Submits the current version; the outbox carries ActionPlanSubmitted to the workers. */
@CommandHandler(SubmitActionPlanCommand)
export class SubmitActionPlanHandler extends PlanTransitionHandler<SubmitActionPlanCommand> {
  protected apply(plan: ActionPlan, { actor }: SubmitActionPlanCommand): void {
    plan.submit(actor);
  }
}
