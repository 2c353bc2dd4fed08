import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, IdempotencyKeyReusedError, IdempotencyRecord } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { ActionPlan, canonicalPlanContent } from '../../domain';
import { toActionPlanView } from '../../views/action-plan.view';
import type { SavedActionPlan } from '../saved-action-plan';
import { CreateActionPlanCommand } from './create-action-plan.command';

class NoOrganisationError extends DomainError {
  constructor() {
    super('ACTION_PLAN.NO_ORGANISATION', 'forbidden', 'only a key that belongs to a partner organisation may create action plans');
  }
}

/**
 * Creates a draft led by the caller's organisation. With an idempotency key, the first response is
 * stored in the same transaction as the plan, and a retry is answered from it.
 */
@CommandHandler(CreateActionPlanCommand)
export class CreateActionPlanHandler implements ICommandHandler<CreateActionPlanCommand> {
  constructor(private readonly plans: ActionPlanRepository) {}

  async execute(command: CreateActionPlanCommand): Promise<SavedActionPlan> {
    try {
      return await this.plans.transaction((em) => this.create(em, command));
    } catch (error) {
      // Two requests raced with the same key: the loser answers from the winner's record.
      if (error instanceof UniqueConstraintViolationException && command.idempotency) {
        return this.plans.transaction(async (em) => (await this.replay(em, command)) ?? Promise.reject(error));
      }
      throw error;
    }
  }

  private async create(em: EntityManager, command: CreateActionPlanCommand): Promise<SavedActionPlan> {
    const { actor, idempotency } = command;
    if (!actor.partnerCode) throw new NoOrganisationError();
    const replayed = await this.replay(em, command);
    if (replayed) return replayed;

    const content = canonicalPlanContent(command.content);
    const plan = ActionPlan.create(actor.partnerCode, content, actor);
    await this.plans.save(em, plan);
    await em.flush();
    const saved: SavedActionPlan = { view: toActionPlanView(plan, content), etag: plan.etag, replayed: false };
    if (idempotency) {
      em.create(IdempotencyRecord, {
        partnerCode: actor.partnerCode,
        key: idempotency.key,
        requestHash: idempotency.requestHash,
        statusCode: 201,
        response: { view: saved.view, etag: saved.etag },
        createdAt: new Date(),
      });
    }
    return saved;
  }

  private async replay(em: EntityManager, { actor, idempotency }: CreateActionPlanCommand): Promise<SavedActionPlan | null> {
    if (!idempotency || !actor.partnerCode) return null;
    const record = await em.findOne(IdempotencyRecord, { partnerCode: actor.partnerCode, key: idempotency.key });
    if (!record) return null;
    if (record.requestHash !== idempotency.requestHash) throw new IdempotencyKeyReusedError(idempotency.key);
    const response = record.response as Omit<SavedActionPlan, 'replayed'>;
    return { ...response, replayed: true };
  }
}
