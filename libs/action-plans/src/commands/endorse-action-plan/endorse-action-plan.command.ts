import { Command } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';

export interface EndorsementView {
  planId: string;
  version: number;
  partnerCode: string;
  comment: string | null;
  createdAt: string;
}

/** The caller's government (or SICA) endorses the plan's current version. Answers whether it is new. */
export class EndorseActionPlanCommand extends Command<{ endorsement: EndorsementView; created: boolean }> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
    readonly comment: string | null,
  ) {
    super();
  }
}
