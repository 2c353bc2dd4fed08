import type { Actor } from '@accord/shared';
import { PlanTransitionCommand } from '../plan-transition.command';

export class WithdrawActionPlanCommand extends PlanTransitionCommand {
  constructor(
    actor: Actor,
    planId: string,
    readonly reason: string | null,
    ifMatch?: string,
  ) {
    super(actor, planId, ifMatch);
  }
}
