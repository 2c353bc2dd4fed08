import { Command } from '@nestjs/cqrs';

export class DeleteWebhookCommand extends Command<void> {
  constructor(
    readonly partnerCode: string,
    readonly id: string,
  ) {
    super();
  }
}
