import { Command } from '@nestjs/cqrs';
import type { Role } from '@accord/shared';
import type { ApiKeyView } from '../views';

export class CreateApiKeyCommand extends Command<ApiKeyView & { token: string }> {
  constructor(
    readonly role: Role,
    readonly partnerCode: string | null,
    readonly label: string,
  ) {
    super();
  }
}
