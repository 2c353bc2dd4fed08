import { Command } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { PlanContentInput } from '../../domain';
import type { SavedActionPlan } from '../saved-action-plan';

export class ReviseActionPlanCommand extends Command<SavedActionPlan> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
    readonly content: PlanContentInput,
    readonly ifMatch?: string,
  ) {
    super();
  }
}
