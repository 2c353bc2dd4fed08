import { Command } from '@nestjs/cqrs';
import type { WebhookView } from '../views';

export class RegisterWebhookCommand extends Command<WebhookView & { secret: string }> {
  constructor(
    readonly partnerCode: string,
    readonly url: string,
    readonly description: string | null,
  ) {
    super();
  }
}
