import { Query } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { ActionPlanDetailView } from '../../views/action-plan.view';

export class GetActionPlanQuery extends Query<{ view: ActionPlanDetailView; etag: string }> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
  ) {
    super();
  }
}
