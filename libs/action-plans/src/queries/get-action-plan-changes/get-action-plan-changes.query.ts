import { Query } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { PlanChange } from '../../domain';

export interface ActionPlanChangesView {
  planId: string;
  version: number;
  since: number;
  changes: PlanChange[];
}

/** What changed in version `version` since version `since` (the one before it when not given). */
export class GetActionPlanChangesQuery extends Query<ActionPlanChangesView> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
    readonly version: number,
    readonly since?: number,
  ) {
    super();
  }
}
