import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toWebhookView, type WebhookView } from '../views';
import { generateWebhookSecret } from '../webhook-signature';
import { Webhook } from '../webhook.entity';
import { RegisterWebhookCommand } from './register-webhook.command';

/** The secret is returned here and never again: the partner checks each delivery's signature with it. */
@CommandHandler(RegisterWebhookCommand)
export class RegisterWebhookHandler implements ICommandHandler<RegisterWebhookCommand> {
  constructor(private readonly em: EntityManager) {}

  async execute({ partnerCode, url, description }: RegisterWebhookCommand): Promise<WebhookView & { secret: string }> {
    const em = this.em.fork();
    const webhook = em.create(Webhook, { partnerCode, url, description, secret: generateWebhookSecret() });
    await em.flush();
    return { ...toWebhookView(webhook), secret: webhook.secret };
  }
}
