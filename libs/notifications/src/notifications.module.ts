import { Module } from '@nestjs/common';
import { DeleteWebhookHandler } from './commands/delete-webhook.handler';
import { RegisterWebhookHandler } from './commands/register-webhook.handler';
import { WebhookDeliverer } from './delivery/webhook-deliverer';
import { WebhookEnqueuer } from './delivery/webhook-enqueuer';
import { WebhookFanOut } from './delivery/webhook-fan-out';
import { ListWebhookDeliveriesHandler } from './queries/list-webhook-deliveries.handler';
import { ListWebhooksHandler } from './queries/list-webhooks.handler';

/** Webhooks: registration and the delivery log for the api, fan-out and delivery for the worker. */
@Module({
  providers: [RegisterWebhookHandler, DeleteWebhookHandler, ListWebhooksHandler, ListWebhookDeliveriesHandler, WebhookFanOut, WebhookEnqueuer, WebhookDeliverer],
  exports: [WebhookEnqueuer, WebhookDeliverer],
})
export class NotificationsModule {}
