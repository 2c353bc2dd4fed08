import { Query } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { ActionPlanVersionView } from '../../views/action-plan.view';

export class GetActionPlanVersionQuery extends Query<ActionPlanVersionView> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
    readonly version: number,
  ) {
    super();
  }
}
