import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { WebhookNotFoundError } from '../notifications.errors';
import { Webhook } from '../webhook.entity';
import { DeleteWebhookCommand } from './delete-webhook.command';

/** A soft delete: no new deliveries, pending ones stop, the delivery log is kept. */
@CommandHandler(DeleteWebhookCommand)
export class DeleteWebhookHandler implements ICommandHandler<DeleteWebhookCommand> {
  constructor(private readonly em: EntityManager) {}

  async execute({ partnerCode, id }: DeleteWebhookCommand): Promise<void> {
    const em = this.em.fork();
    const webhook = await em.findOne(Webhook, { id, partnerCode, deletedAt: null });
    if (!webhook) throw new WebhookNotFoundError(id);
    webhook.deletedAt = new Date();
    await em.flush();
  }
}
