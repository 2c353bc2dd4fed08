import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { WebhookSecretBox } from './webhook-secret-box';

/**
 * Seals the secrets stored in plain text before WEBHOOK_SECRET_KEY was set, when a process starts
 * with the key, so that setting it protects every webhook, not only those registered after. A row is
 * replaced only while it still holds the plain secret read: the api and the workers starting together
 * seal each secret once. A failure is logged and left for the next start; deliveries open a plain
 * secret as well as a sealed one meanwhile.
 */
@Injectable()
export class WebhookSecretResealer implements OnApplicationBootstrap {
  private readonly logger = new Logger('Webhooks');

  constructor(
    private readonly em: EntityManager,
    private readonly box: WebhookSecretBox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.box.sealsSecrets) return;
    try {
      const sealed = await this.sealPlainSecrets();
      if (sealed > 0) this.logger.log(`sealed ${sealed} webhook secrets stored in plain text before WEBHOOK_SECRET_KEY was set`);
    } catch (error) {
      this.logger.warn(`could not seal the webhook secrets stored in plain text, left for the next start: ${(error as Error).message}`);
    }
  }

  /** Answers how many secrets this call sealed. */
  async sealPlainSecrets(): Promise<number> {
    const em = this.em.fork();
    const rows = await em.execute<{ id: string; secret: string }[]>('select id, secret from webhook');
    let sealed = 0;
    for (const row of rows.filter((candidate) => !this.box.isSealed(candidate.secret))) {
      const updated = await em.execute('update webhook set secret = ? where id = ? and secret = ? returning id', [this.box.seal(row.id, row.secret), row.id, row.secret]);
      sealed += updated.length;
    }
    return sealed;
  }
}
