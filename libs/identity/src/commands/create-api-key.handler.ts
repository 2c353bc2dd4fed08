import { EntityManager } from '@mikro-orm/postgresql';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '@accord/shared';
import { generateToken, hashToken } from '../api-key-token';
import { ApiKey } from '../api-key.entity';
import { toApiKeyView, type ApiKeyView } from '../views';
import { CreateApiKeyCommand } from './create-api-key.command';

/** Issues a key. The token is returned here and never again: only its hash is stored. */
@CommandHandler(CreateApiKeyCommand)
export class CreateApiKeyHandler implements ICommandHandler<CreateApiKeyCommand> {
  constructor(private readonly em: EntityManager) {}

  async execute({ role, partnerCode, label }: CreateApiKeyCommand): Promise<ApiKeyView & { token: string }> {
    if (role === 'admin' && partnerCode) {
      throw new InvalidInputError([{ field: 'partnerCode', message: 'an admin key belongs to no partner: leave partnerCode out' }]);
    }
    if (role === 'partner' && !partnerCode) {
      throw new InvalidInputError([{ field: 'partnerCode', message: 'a partner key must name the partner it belongs to (GET /v1/partners)' }]);
    }
    // Conflicts of interest are judged by the affiliation, so a reviewer without one cannot be let decide.
    if (role === 'reviewer' && !partnerCode) {
      throw new InvalidInputError([
        {
          field: 'partnerCode',
          message:
            'a reviewer key must name its affiliation: the partner organisation the reviewer works for (GET /v1/partners), whose plans it may not decide on; for a reviewer with no stake in any plan, create a partner for its organisation (POST /v1/admin/partners)',
        },
      ]);
    }
    const token = generateToken();
    const em = this.em.fork();
    const key = em.create(ApiKey, { tokenHash: hashToken(token), role, partnerCode, label });
    await em.flush();
    return { ...toApiKeyView(key), token };
  }
}
