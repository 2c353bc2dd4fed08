import { CommandHandler } from '@nestjs/cqrs';
import type { ActionPlan } from '../../domain';
import { PlanTransitionHandler } from '../plan-transition.handler';
import { WithdrawActionPlanCommand } from './withdraw-action-plan.command';

@CommandHandler(WithdrawActionPlanCommand)
export class WithdrawActionPlanHandler extends PlanTransitionHandler<WithdrawActionPlanCommand> {
  protected apply(plan: ActionPlan, { actor, reason }: WithdrawActionPlanCommand): void {
    plan.withdraw(actor, reason);
  }
}
