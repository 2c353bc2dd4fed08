import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { ActionPlanNotFoundError, ActionPlanVersion, isVisibleTo } from '../../domain';
import { ThreadReader } from '../../threads/thread-reader';
import type { ThreadView } from '../../views/thread.view';
import { OpenActionPlanThreadCommand } from './open-action-plan-thread.command';

/**
 * Opens a thread with its first comment and records it in the plan's history, in one transaction.
 * The plan's row is locked rather than checked optimistically: the conversation goes on while the
 * workers change the plan, and does not depend on how far they have got.
 */
@CommandHandler(OpenActionPlanThreadCommand)
export class OpenActionPlanThreadHandler implements ICommandHandler<OpenActionPlanThreadCommand> {
  constructor(
    private readonly plans: ActionPlanRepository,
    private readonly reader: ThreadReader,
  ) {}

  execute({ actor, planId, input }: OpenActionPlanThreadCommand): Promise<ThreadView> {
    if (input.version !== undefined && input.path === undefined) {
      throw new InvalidInputError([{ field: 'version', message: 'version needs a path: without one the thread is about the plan as a whole' }]);
    }
    return this.plans.transaction(async (em) => {
      const plan = await this.plans.lockForUpdate(em, planId);
      if (!plan || !isVisibleTo(plan, actor)) throw new ActionPlanNotFoundError(planId);
      const anchor = input.path === undefined ? null : { version: input.version ?? plan.currentVersion, path: input.path };
      const anchored = anchor ? await em.findOne(ActionPlanVersion, { planId, number: anchor.version }, { fields: ['content'] }) : null;
      const { thread, comment } = plan.openThread({ visibility: input.visibility, anchor, body: input.body }, anchored?.content ?? null, actor);
      em.persist([thread, comment]);
      await this.plans.save(em, plan);
      await em.flush();
      const [view] = await this.reader.views(em, plan, [thread]);
      return view;
    });
  }
}
