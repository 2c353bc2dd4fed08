import { Query } from '@nestjs/cqrs';
import type { WebhookDeliveryView } from '../views';

export class ListWebhookDeliveriesQuery extends Query<WebhookDeliveryView[]> {
  constructor(
    readonly partnerCode: string,
    readonly webhookId: string,
    readonly limit: number,
  ) {
    super();
  }
}
