import { Module } from '@nestjs/common';
import { ApiKeyRevocations } from './api-key-revocations';
import { Authenticator } from './authenticator';
import { CreateApiKeyHandler } from './commands/create-api-key.handler';
import { CreatePartnerHandler } from './commands/create-partner.handler';
import { RevokeApiKeyHandler } from './commands/revoke-api-key.handler';
import { ListApiKeysHandler } from './queries/list-api-keys.handler';
import { ListPartnersHandler } from './queries/list-partners.handler';

@Module({
  providers: [ApiKeyRevocations, Authenticator, CreatePartnerHandler, CreateApiKeyHandler, RevokeApiKeyHandler, ListPartnersHandler, ListApiKeysHandler],
  exports: [Authenticator],
})
export class IdentityModule {}
