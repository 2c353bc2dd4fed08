import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type Actor, type AppConfig } from '@accord/shared';
import { hashToken, sameSecret } from './api-key-token';
import { ApiKey } from './api-key.entity';

/**
 * Turns a bearer token into an Actor. Keys are looked up on every request, without a cache, so a
 * revocation takes effect at once on every API process.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async authenticate(token: string): Promise<Actor | null> {
    if (this.config.adminToken && sameSecret(token, this.config.adminToken)) {
      return { kind: 'admin_token', id: null, role: 'admin', partnerCode: null };
    }
    const key = await this.em.fork().findOne(ApiKey, { tokenHash: hashToken(token), revokedAt: null });
    if (!key) return null;
    return { kind: 'api_key', id: key.id, role: key.role, partnerCode: key.partnerCode };
  }
}
