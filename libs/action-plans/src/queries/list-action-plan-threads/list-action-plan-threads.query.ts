import { Query } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { ThreadView } from '../../views/thread.view';

/** The threads of a plan the caller may read, oldest first. */
export class ListActionPlanThreadsQuery extends Query<ThreadView[]> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
  ) {
    super();
  }
}
