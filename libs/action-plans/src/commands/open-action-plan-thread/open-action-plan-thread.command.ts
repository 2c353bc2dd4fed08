import { Command } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { ThreadVisibility } from '../../domain';
import type { ThreadView } from '../../views/thread.view';

export interface OpenThreadRequestInput {
  body: string;
  visibility: ThreadVisibility;
  /** The version the path is in; the current one when not given. */
  version?: number;
  /** The field the thread is about; none for the plan as a whole. */
  path?: string;
}

export class OpenActionPlanThreadCommand extends Command<ThreadView> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
    readonly input: OpenThreadRequestInput,
  ) {
    super();
  }
}
