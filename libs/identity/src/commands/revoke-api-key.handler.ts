import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiKey } from '../api-key.entity';
import { ApiKeyNotFoundError } from '../identity.errors';
import { RevokeApiKeyCommand } from './revoke-api-key.command';

/** Revoking twice is harmless: the first revocation time is kept. */
@CommandHandler(RevokeApiKeyCommand)
export class RevokeApiKeyHandler implements ICommandHandler<RevokeApiKeyCommand> {
  constructor(private readonly em: EntityManager) {}

  async execute({ id }: RevokeApiKeyCommand): Promise<void> {
    const em = this.em.fork();
    const key = await em.findOne(ApiKey, { id });
    if (!key) throw new ApiKeyNotFoundError(id);
    key.revokedAt ??= new Date();
    await em.flush();
  }
}
