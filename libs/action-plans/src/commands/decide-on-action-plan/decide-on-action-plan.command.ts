import { Command } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { DecisionRequestInput } from '../../domain';
import type { ActionPlanView } from '../../views/action-plan.view';

export interface DecisionView {
  id: string;
  planId: string;
  version: number;
  decision: string;
  reviewerId: string;
  affiliation: string | null;
  comment: string | null;
  override: { checks: string[]; justification: string } | null;
  coordination: { action: string; note: string } | null;
  threads: string[];
  createdAt: string;
}

export class DecideOnActionPlanCommand extends Command<{ decision: DecisionView; plan: ActionPlanView; etag: string }> {
  constructor(
    readonly reviewer: Actor,
    readonly planId: string,
    readonly input: DecisionRequestInput,
    readonly ifMatch?: string,
  ) {
    super();
  }
}
