import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiKey } from '../api-key.entity';
import { ApiKeyRevocations } from '../api-key-revocations';
import { ApiKeyNotFoundError } from '../identity.errors';
import { RevokeApiKeyCommand } from './revoke-api-key.command';

/**
 * Revoking twice is harmless: the first revocation time is kept, and the API processes are told
 * again, which a revocation whose announcement failed needs.
 */
@CommandHandler(RevokeApiKeyCommand)
export class RevokeApiKeyHandler implements ICommandHandler<RevokeApiKeyCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly revocations: ApiKeyRevocations,
  ) {}

  async execute({ id }: RevokeApiKeyCommand): Promise<void> {
    const em = this.em.fork();
    const key = await em.findOne(ApiKey, { id });
    if (!key) throw new ApiKeyNotFoundError(id);
    key.revokedAt ??= new Date();
    await em.flush();
    await this.revocations.announce();
  }
}
