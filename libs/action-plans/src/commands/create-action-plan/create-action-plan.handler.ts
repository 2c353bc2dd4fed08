import type { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError, IdempotencyKeyReusedError, IdempotencyRecord, preparedQuery } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { ActionPlan, canonicalPlanContent } from '../../domain';
import { toActionPlanView } from '../../views/action-plan.view';
import type { SavedActionPlan } from '../saved-action-plan';
import { CreateActionPlanCommand, type IdempotencyClaim } from './create-action-plan.command';

class NoOrganisationError extends DomainError {
  constructor() {
    super('ACTION_PLAN.NO_ORGANISATION', 'forbidden', 'only a key that belongs to a partner organisation may create action plans');
  }
}

/**
 * Creates a draft led by the caller's organisation. With an idempotency key, the key is claimed
 * first, with the response it will answer, in the same transaction as the plan; a retry, or a
 * request racing with the first one, is answered from that record.
 */
@CommandHandler(CreateActionPlanCommand)
export class CreateActionPlanHandler implements ICommandHandler<CreateActionPlanCommand> {
  constructor(private readonly plans: ActionPlanRepository) {}

  execute(command: CreateActionPlanCommand): Promise<SavedActionPlan> {
    return this.plans.transaction((em) => this.create(em, command));
  }

  private async create(em: EntityManager, { actor, content: input, idempotency }: CreateActionPlanCommand): Promise<SavedActionPlan> {
    if (!actor.partnerCode) throw new NoOrganisationError();
    const content = canonicalPlanContent(input);
    const plan = ActionPlan.create(actor.partnerCode, content, actor);
    const saved: SavedActionPlan = { view: toActionPlanView(plan, content), etag: plan.etag, replayed: false };
    if (idempotency && !(await this.claim(em, actor.partnerCode, idempotency, saved))) return this.replay(em, actor.partnerCode, idempotency);
    await this.plans.save(em, plan);
    await em.flush();
    return saved;
  }

  /**
   * Inserts the key's record unless the key is taken. A request holding the same key in a
   * transaction not yet committed makes this one wait for its outcome: the key is then taken, or
   * free again if that transaction rolled back.
   */
  private async claim(em: EntityManager, partnerCode: string, { key, requestHash }: IdempotencyClaim, saved: SavedActionPlan): Promise<boolean> {
    const claimed = await preparedQuery(
      em,
      `insert into idempotency_record (partner_code, key, request_hash, status_code, response, created_at) values ($1, $2, $3, 201, $4::jsonb, now())
       on conflict (partner_code, key) do nothing returning 1`,
      [partnerCode, key, requestHash, JSON.stringify({ view: saved.view, etag: saved.etag })],
    );
    return claimed.length === 1;
  }

  private async replay(em: EntityManager, partnerCode: string, { key, requestHash }: IdempotencyClaim): Promise<SavedActionPlan> {
    const record = await em.findOneOrFail(IdempotencyRecord, { partnerCode, key });
    if (record.requestHash !== requestHash) throw new IdempotencyKeyReusedError(key);
    const response = record.response as Omit<SavedActionPlan, 'replayed'>;
    return { ...response, replayed: true };
  }
}
