import { Command } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { SavedActionPlan } from './saved-action-plan';

/** A command that moves one plan through one transition, on the caller's behalf. */
export abstract class PlanTransitionCommand extends Command<SavedActionPlan> {
  constructor(
    readonly actor: Actor,
    readonly planId: string,
    readonly ifMatch?: string,
  ) {
    super();
  }
}
