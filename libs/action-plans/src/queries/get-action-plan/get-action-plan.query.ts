import { Query } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { ActionPlanView } from '../../views/action-plan.view';

export class GetActionPlanQuery extends Query<{ view: ActionPlanView; etag: string }> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
  ) {
    super();
  }
}
