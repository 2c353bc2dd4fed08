import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { WebhookNotFoundError } from '../notifications.errors';
import { toWebhookDeliveryView, type WebhookDeliveryView } from '../views';
import { WebhookDelivery } from '../webhook-delivery.entity';
import { Webhook } from '../webhook.entity';
import { ListWebhookDeliveriesQuery } from './list-webhook-deliveries.query';

/** The delivery log of one of the caller's live webhooks, newest first. */
@QueryHandler(ListWebhookDeliveriesQuery)
export class ListWebhookDeliveriesHandler implements IQueryHandler<ListWebhookDeliveriesQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ partnerCode, webhookId, limit }: ListWebhookDeliveriesQuery): Promise<WebhookDeliveryView[]> {
    const em = this.em.fork();
    if (!(await em.count(Webhook, { id: webhookId, partnerCode, deletedAt: null }))) throw new WebhookNotFoundError(webhookId);
    const deliveries = await em.find(WebhookDelivery, { webhookId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit });
    return deliveries.map(toWebhookDeliveryView);
  }
}
