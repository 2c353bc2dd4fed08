import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type Actor, type AppConfig } from '@accord/shared';
import { hashToken, sameSecret } from './api-key-token';
import { ApiKey } from './api-key.entity';
import { ApiKeyRevocations } from './api-key-revocations';

/** Long enough to spare the database a lookup per request, short enough that a change made outside the API shows soon. */
const KEY_MEMORY_MS = 5_000;
const KEYS_REMEMBERED = 10_000;

interface RememberedKey {
  actor: Actor;
  /** The revocation mark read before the key was loaded. */
  revocations: string;
  until: number;
}

/**
 * Turns a bearer token into an Actor. A key found in the database is remembered for a few seconds
 * by its token's hash, and trusted only while no revocation has happened since it was loaded
 * (`ApiKeyRevocations`), so a revocation takes effect at once on every API process. Unknown tokens
 * are not remembered: a key created a moment ago works at once.
 */
@Injectable()
export class Authenticator {
  private readonly remembered = new Map<string, RememberedKey>();

  constructor(
    private readonly em: EntityManager,
    private readonly revocations: ApiKeyRevocations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async authenticate(token: string): Promise<Actor | null> {
    if (this.config.adminToken && sameSecret(token, this.config.adminToken)) {
      return { kind: 'admin_token', id: null, role: 'admin', partnerCode: null };
    }
    const tokenHash = hashToken(token);
    // Read before the database: a revocation committed after this read replaces the mark.
    const revocations = await this.revocations.current();
    const known = this.remembered.get(tokenHash);
    if (known && known.revocations === revocations && known.until > Date.now()) return known.actor;

    const key = await this.em.fork().findOne(ApiKey, { tokenHash, revokedAt: null });
    if (!key) {
      this.remembered.delete(tokenHash);
      return null;
    }
    const actor: Actor = Object.freeze({ kind: 'api_key', id: key.id, role: key.role, partnerCode: key.partnerCode });
    if (revocations !== null) this.remember(tokenHash, { actor, revocations, until: Date.now() + KEY_MEMORY_MS });
    return actor;
  }

  private remember(tokenHash: string, key: RememberedKey): void {
    this.remembered.delete(tokenHash);
    if (this.remembered.size >= KEYS_REMEMBERED) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(tokenHash, key);
  }
}
