import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { WebhookSecretBox } from './webhook-secret-box';

/**
 * Seals under WEBHOOK_SECRET_KEY, when a process starts, the secrets stored in plain text before a
 * key was set and those sealed under a key it replaced (WEBHOOK_SECRET_KEY_PREVIOUS), so that setting
 * or rotating the key covers every webhook, not only those registered after, and the earlier key can
 * then be dropped. A row is replaced only while it still holds what was read: the api and the
 * workers starting together seal each secret once. A failure is logged and left for the next start;
 * deliveries open the secrets meanwhile as they are stored.
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
      const { sealed, unopened } = await this.sealAgain();
      if (sealed > 0) this.logger.log(`sealed ${sealed} webhook secrets under the current WEBHOOK_SECRET_KEY`);
      if (unopened > 0) this.logger.warn(`${unopened} webhook secrets open with no configured key: their deliveries fail until WEBHOOK_SECRET_KEY_PREVIOUS holds the key that sealed them`);
    } catch (error) {
      this.logger.warn(`could not seal the webhook secrets again, left for the next start: ${(error as Error).message}`);
    }
  }

  /** `sealed`: secrets this call sealed under the current key; `unopened`: secrets no configured key opens. */
  async sealAgain(): Promise<{ sealed: number; unopened: number }> {
    const em = this.em.fork();
    const rows = await em.execute<{ id: string; secret: string }[]>('select id, secret from webhook');
    const tally = { sealed: 0, unopened: 0 };
    for (const row of rows) {
      let resealed: string | null;
      try {
        resealed = this.box.resealed(row.id, row.secret);
      } catch {
        tally.unopened += 1;
        continue;
      }
      if (resealed === null) continue;
      const updated = await em.execute('update webhook set secret = ? where id = ? and secret = ? returning id', [resealed, row.id, row.secret]);
      tally.sealed += updated.length;
    }
    return tally;
  }
}
