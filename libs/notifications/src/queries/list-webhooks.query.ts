import { Query } from '@nestjs/cqrs';
import type { WebhookView } from '../views';

export class ListWebhooksQuery extends Query<WebhookView[]> {
  constructor(readonly partnerCode: string) {
    super();
  }
}
