import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { ActionPlan } from '../../domain';
import { MarkOverdueActionPlansCommand } from './mark-overdue-action-plans.command';

const BATCH = 200;

/** One transaction per plan, so a plan decided meanwhile is simply skipped. */
@CommandHandler(MarkOverdueActionPlansCommand)
export class MarkOverdueActionPlansHandler implements ICommandHandler<MarkOverdueActionPlansCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly plans: ActionPlanRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(): Promise<number> {
    const due = await this.em.fork().execute<{ id: string }[]>(
      `select id from action_plan
        where status = 'awaiting_decision' and overdue_at is null
          and awaiting_since < now() - (? * interval '1 hour')
        order by awaiting_since limit ?`,
      [this.config.reviewSlaHours, BATCH],
    );
    let marked = 0;
    for (const { id } of due) {
      await this.plans.transaction(async (em) => {
        const plan = await em.findOne(ActionPlan, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!plan || plan.overdueAt || plan.status !== 'awaiting_decision') return;
        plan.markOverdue(this.config.reviewSlaHours);
        await this.plans.save(em, plan);
        marked += 1;
      });
    }
    return marked;
  }
}
