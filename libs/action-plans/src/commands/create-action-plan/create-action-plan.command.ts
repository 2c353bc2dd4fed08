import { Command } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { PlanContentInput } from '../../domain';
import type { SavedActionPlan } from '../saved-action-plan';

export interface IdempotencyClaim {
  key: string;
  requestHash: string;
}

export class CreateActionPlanCommand extends Command<SavedActionPlan> {
  constructor(
    readonly actor: Actor,
    readonly content: PlanContentInput,
    readonly idempotency?: IdempotencyClaim,
  ) {
    super();
  }
}
