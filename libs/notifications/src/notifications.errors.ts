import { DomainError } from '@accord/shared';

/** Also what another partner's webhook, or a deleted one, is: its existence is not revealed. */
export class WebhookNotFoundError extends DomainError {
  constructor(id: string) {
    super('WEBHOOK.NOT_FOUND', 'not_found', `webhook ${id} was not found`);
  }
}
