import { Query } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { Counterpart } from '../../views/check-result.view';

/** How one of the caller's plans overlaps the plan summarised, as its overlap finding says. */
export interface SummaryOverlap {
  planId: string;
  score: number;
  sharedCountries: string[];
  sharedSectors: string[];
  sharedProgramAreas: string[];
  overlappingPeriod: { start: string; end: string } | null;
}

export interface ActionPlanSummaryView extends Counterpart {
  id: string;
  /** The current overlap findings about this plan, of the plans the caller takes part in (of every plan, for reviewers and admins). */
  overlaps: SummaryOverlap[];
}

/**
 * A plan as a counterpart: whom to coordinate with. For a caller who may see the plan, and for a
 * partner one of whose plans' overlap results names it; not found for anyone else.
 */
export class GetActionPlanSummaryQuery extends Query<ActionPlanSummaryView> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
  ) {
    super();
  }
}
