import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, InvalidInputError, type AppConfig } from '@accord/shared';
import { webhookUrlProblem } from '../delivery/webhook-address';
import { TooManyWebhooksError, WebhookAlreadyRegisteredError } from '../notifications.errors';
import { toWebhookView, type WebhookView } from '../views';
import { WebhookSecretBox } from '../webhook-secret-box';
import { generateWebhookSecret } from '../webhook-signature';
import { Webhook } from '../webhook.entity';
import { RegisterWebhookCommand } from './register-webhook.command';

/** Enough for a partner's systems and their staging copies. */
export const MAX_WEBHOOKS_PER_PARTNER = 10;

/**
 * The secret is returned here and never again: the partner checks each delivery's signature with it.
 * A URL naming a private or loopback address is refused (`webhookUrlProblem`); host names are
 * judged when the worker connects. A partner has at most MAX_WEBHOOKS_PER_PARTNER webhooks, each URL
 * once. Two registrations at the same moment may both pass these checks: that bounds nothing less.
 */
@CommandHandler(RegisterWebhookCommand)
export class RegisterWebhookHandler implements ICommandHandler<RegisterWebhookCommand> {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly secrets: WebhookSecretBox,
  ) {}

  async execute({ partnerCode, url, description }: RegisterWebhookCommand): Promise<WebhookView & { secret: string }> {
    const problem = this.config.webhookAllowPrivate ? null : webhookUrlProblem(url);
    if (problem) throw new InvalidInputError([{ field: 'url', message: problem }]);
    const em = this.em.fork();
    const active = await em.find(Webhook, { partnerCode, deletedAt: null }, { fields: ['id', 'url'] });
    const same = active.find((webhook) => webhook.url === url);
    if (same) throw new WebhookAlreadyRegisteredError(same.id);
    if (active.length >= MAX_WEBHOOKS_PER_PARTNER) throw new TooManyWebhooksError(MAX_WEBHOOKS_PER_PARTNER);
    const secret = generateWebhookSecret();
    const webhook = em.create(Webhook, { partnerCode, url, description, secret });
    webhook.secret = this.secrets.seal(webhook.id, secret);
    await em.flush();
    return { ...toWebhookView(webhook), secret };
  }
}
