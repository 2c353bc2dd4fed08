import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { toWebhookView, type WebhookView } from '../views';
import { Webhook } from '../webhook.entity';
import { ListWebhooksQuery } from './list-webhooks.query';

@QueryHandler(ListWebhooksQuery)
export class ListWebhooksHandler implements IQueryHandler<ListWebhooksQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ partnerCode }: ListWebhooksQuery): Promise<WebhookView[]> {
    const webhooks = await this.em.fork().find(Webhook, { partnerCode, deletedAt: null }, { orderBy: { id: 'asc' } });
    return webhooks.map(toWebhookView);
  }
}
