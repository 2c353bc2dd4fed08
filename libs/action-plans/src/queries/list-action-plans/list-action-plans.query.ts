import { Query } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { ActionPlanStatus } from '../../domain';
import type { ActionPlanView } from '../../views/action-plan.view';

export interface ActionPlanFilters {
  status?: ActionPlanStatus;
  country?: string;
  goal?: string;
  partner?: string;
}

export interface ActionPlanPage {
  items: ActionPlanView[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export class ListActionPlansQuery extends Query<ActionPlanPage> {
  constructor(
    readonly actor: Actor,
    readonly filters: ActionPlanFilters,
    readonly limit: number,
    /** The id of the last plan of the previous page (newest first). */
    readonly after?: string,
  ) {
    super();
  }
}
