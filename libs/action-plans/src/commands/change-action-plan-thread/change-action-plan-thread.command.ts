import { Command } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { ThreadView } from '../../views/thread.view';

/** A change to one existing thread of a plan, on the caller's behalf: it answers the thread as now. */
export abstract class ChangeActionPlanThreadCommand extends Command<ThreadView> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
    readonly threadId: string,
  ) {
    super();
  }
}

export class CommentOnActionPlanThreadCommand extends ChangeActionPlanThreadCommand {
  constructor(
    actor: Actor,
    planId: string,
    threadId: string,
    readonly body: string,
  ) {
    super(actor, planId, threadId);
  }
}

export class ResolveActionPlanThreadCommand extends ChangeActionPlanThreadCommand {}

export class ReopenActionPlanThreadCommand extends ChangeActionPlanThreadCommand {}
