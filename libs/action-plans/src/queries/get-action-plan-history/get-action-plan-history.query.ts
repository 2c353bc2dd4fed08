import { Query } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { ActionPlanEventView } from '../../views/action-plan.view';

export class GetActionPlanHistoryQuery extends Query<ActionPlanEventView[]> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
  ) {
    super();
  }
}
