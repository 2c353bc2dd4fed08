import { Query } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { CheckResultView } from '../../views/check-result.view';

/** The current version's check results, with what the caller may not see of other plans left out. */
export class GetActionPlanChecksQuery extends Query<CheckResultView[]> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
  ) {
    super();
  }
}
