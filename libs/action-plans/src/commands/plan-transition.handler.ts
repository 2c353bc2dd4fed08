import { Injectable } from '@nestjs/common';
import type { ICommandHandler } from '@nestjs/cqrs';
import { ActionPlanRepository } from '../action-plan.repository';
import type { ActionPlan } from '../domain';
import { toActionPlanView } from '../views/action-plan.view';
import type { PlanTransitionCommand } from './plan-transition.command';
import type { SavedActionPlan } from './saved-action-plan';

/** Load the plan as the caller sees it, check If-Match, apply the transition, save: the whole of such a handler. */
@Injectable()
export abstract class PlanTransitionHandler<C extends PlanTransitionCommand> implements ICommandHandler<PlanTransitionCommand> {
  constructor(protected readonly plans: ActionPlanRepository) {}

  protected abstract apply(plan: ActionPlan, command: C): void;

  execute(command: C): Promise<SavedActionPlan> {
    return this.plans.transaction(async (em) => {
      const plan = await this.plans.loadVisible(em, command.planId, command.actor);
      plan.assertMatches(command.ifMatch);
      this.apply(plan, command);
      await this.plans.save(em, plan);
      await em.flush();
      const version = await this.plans.loadVersion(em, plan.id, plan.currentVersion);
      return { view: toActionPlanView(plan, version.content), etag: plan.etag, replayed: false };
    });
  }
}
