import { DomainError } from '@accord/shared';

/** Also what another partner's webhook, or a deleted one, is: its existence is not revealed. */
export class WebhookNotFoundError extends DomainError {
  constructor(id: string) {
    super('WEBHOOK.NOT_FOUND', 'not_found', `webhook ${id} was not found`);
  }
}

/** A second active webhook of a partner with the same URL would deliver every event twice. */
export class WebhookAlreadyRegisteredError extends DomainError {
  constructor(id: string) {
    super('WEBHOOK.ALREADY_REGISTERED', 'conflict', `this URL is already registered as webhook ${id}`);
  }
}

/** Every webhook is one more delivery of each event: without a bound, one event becomes a flood. */
export class TooManyWebhooksError extends DomainError {
  constructor(limit: number) {
    super('WEBHOOK.TOO_MANY', 'conflict', `a partner may have at most ${limit} webhooks: delete one first`);
  }
}
