import { Logger, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@accord/shared';
import { DeleteWebhookHandler } from './commands/delete-webhook.handler';
import { RegisterWebhookHandler } from './commands/register-webhook.handler';
import { WebhookDeliverer } from './delivery/webhook-deliverer';
import { WebhookEnqueuer } from './delivery/webhook-enqueuer';
import { WebhookFanOut } from './delivery/webhook-fan-out';
import { ListWebhookDeliveriesHandler } from './queries/list-webhook-deliveries.handler';
import { ListWebhooksHandler } from './queries/list-webhooks.handler';
import { WebhookSecretBox } from './webhook-secret-box';
import { WebhookSecretResealer } from './webhook-secret-resealer';

const secretBox = {
  provide: WebhookSecretBox,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => {
    if (!config.webhookSecretKey) new Logger('Webhooks').warn('WEBHOOK_SECRET_KEY is not set: new webhook secrets are stored in plain text');
    return WebhookSecretBox.withKey(config.webhookSecretKey, config.webhookSecretPreviousKeys);
  },
};

/** Webhooks: registration and the delivery log for the api, fan-out and delivery for the worker. */
@Module({
  providers: [secretBox, WebhookSecretResealer, RegisterWebhookHandler, DeleteWebhookHandler, ListWebhooksHandler, ListWebhookDeliveriesHandler, WebhookFanOut, WebhookEnqueuer, WebhookDeliverer],
  exports: [WebhookEnqueuer, WebhookDeliverer],
})
export class NotificationsModule {}
