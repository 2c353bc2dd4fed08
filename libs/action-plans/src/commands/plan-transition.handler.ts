import { Injectable } from '@nestjs/common';
import type { ICommandHandler } from '@nestjs/cqrs';
import { ActionPlanRepository } from '../action-plan.repository';
import type { ActionPlan } from '../domain';
import { toActionPlanView } from '../views/action-plan.view';
import type { PlanTransitionCommand } from './plan-transition.command';
import type { SavedActionPlan } from './saved-action-plan';

/**
 * Load the plan as the caller sees it, check If-Match, apply the transition, save: the whole of such
 * a handler. A transition keeps the current version, so the content loaded with the plan is the
 * answer's.
 */
@Injectable()
export abstract class PlanTransitionHandler<C extends PlanTransitionCommand> implements ICommandHandler<PlanTransitionCommand> {
  constructor(protected readonly plans: ActionPlanRepository) {}

  protected abstract apply(plan: ActionPlan, command: C): void;

  execute(command: C): Promise<SavedActionPlan> {
    return this.plans.transaction(async (em) => {
      const { plan, content } = await this.plans.loadVisibleWithContent(em, command.planId, command.actor);
      plan.assertMatches(command.ifMatch);
      this.apply(plan, command);
      await this.plans.save(em, plan);
      await em.flush();
      return { view: toActionPlanView(plan, content), etag: plan.etag, replayed: false };
    });
  }
}
