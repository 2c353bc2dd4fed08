import { Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ActionPlanRepository } from '../../action-plan.repository';
import { ActionPlanNotFoundError, ActionPlanThread, isVisibleTo, mayReadThread, ThreadNotFoundError, type ActionPlan } from '../../domain';
import { ThreadReader } from '../../threads/thread-reader';
import type { ThreadView } from '../../views/thread.view';
import {
  CommentOnActionPlanThreadCommand,
  ReopenActionPlanThreadCommand,
  ResolveActionPlanThreadCommand,
  type ChangeActionPlanThreadCommand,
} from './change-action-plan-thread.command';

/**
 * Lock the plan's row (as opening a thread does), find the thread as the caller may know it, apply
 * the change, save: the whole of such a handler. A thread a partner may not read does not exist for
 * it (404); a reviewer knows of every thread, and one with a conflict of interest is refused the
 * reviewers ones by the aggregate (403).
 */
@Injectable()
abstract class ChangeActionPlanThreadHandler<C extends ChangeActionPlanThreadCommand> implements ICommandHandler<ChangeActionPlanThreadCommand> {
  constructor(
    private readonly plans: ActionPlanRepository,
    private readonly reader: ThreadReader,
  ) {}

  protected abstract apply(em: EntityManager, plan: ActionPlan, thread: ActionPlanThread, command: C): void;

  execute(command: C): Promise<ThreadView> {
    const { actor, planId, threadId } = command;
    return this.plans.transaction(async (em) => {
      const plan = await this.plans.lockForUpdate(em, planId);
      if (!plan || !isVisibleTo(plan, actor)) throw new ActionPlanNotFoundError(planId);
      const thread = await em.findOne(ActionPlanThread, { id: threadId, planId });
      if (!thread || (actor.role === 'partner' && !mayReadThread(plan, thread.visibility, actor))) throw new ThreadNotFoundError(planId, threadId);
      this.apply(em, plan, thread, command);
      await this.plans.save(em, plan);
      await em.flush();
      const [view] = await this.reader.views(em, plan, [thread]);
      return view;
    });
  }
}

@CommandHandler(CommentOnActionPlanThreadCommand)
export class CommentOnActionPlanThreadHandler extends ChangeActionPlanThreadHandler<CommentOnActionPlanThreadCommand> {
  protected apply(em: EntityManager, plan: ActionPlan, thread: ActionPlanThread, { actor, body }: CommentOnActionPlanThreadCommand): void {
    em.persist(plan.commentOnThread(thread, body, actor));
  }
}

@CommandHandler(ResolveActionPlanThreadCommand)
export class ResolveActionPlanThreadHandler extends ChangeActionPlanThreadHandler<ResolveActionPlanThreadCommand> {
  protected apply(_em: EntityManager, plan: ActionPlan, thread: ActionPlanThread, { actor }: ResolveActionPlanThreadCommand): void {
    plan.resolveThread(thread, actor);
  }
}

@CommandHandler(ReopenActionPlanThreadCommand)
export class ReopenActionPlanThreadHandler extends ChangeActionPlanThreadHandler<ReopenActionPlanThreadCommand> {
  protected apply(_em: EntityManager, plan: ActionPlan, thread: ActionPlanThread, { actor }: ReopenActionPlanThreadCommand): void {
    plan.reopenThread(thread, actor);
  }
}
