import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '@accord/shared';
import { hashToken } from './api-key-token';
import type { ApiKey } from './api-key.entity';
import type { ApiKeyRevocations } from './api-key-revocations';
import { Authenticator } from './authenticator';

function setUp() {
  const keys = new Map<string, Pick<ApiKey, 'id' | 'role' | 'partnerCode'>>([[hashToken('us-token'), { id: 'k1', role: 'partner', partnerCode: 'US' }]]);
  const lookups: string[] = [];
  const em = {
    fork: () => ({
      findOne: async (_entity: unknown, { tokenHash }: { tokenHash: string }) => {
        lookups.push(tokenHash);
        return keys.get(tokenHash) ?? null;
      },
    }),
  } as unknown as EntityManager;
  const redis = { mark: 'a' as string | null };
  const revocations = { current: async () => redis.mark } as ApiKeyRevocations;
  const config = { adminToken: undefined } as unknown as AppConfig;
  return { authenticator: new Authenticator(em, revocations, config), keys, lookups, redis };
}

describe('Authenticator', () => {
  afterEach(() => jest.useRealTimers());

  it('looks a key up once, then answers it from memory', async () => {
    const { authenticator, lookups } = setUp();
    const first = await authenticator.authenticate('us-token');
    expect(await authenticator.authenticate('us-token')).toEqual(first);
    expect(first).toEqual({ kind: 'api_key', id: 'k1', role: 'partner', partnerCode: 'US' });
    expect(lookups).toHaveLength(1);
  });

  it('after a revocation anywhere, looks the key up again and refuses it once revoked', async () => {
    const { authenticator, keys, lookups, redis } = setUp();
    await authenticator.authenticate('us-token');
    keys.clear();
    redis.mark = 'b';
    expect(await authenticator.authenticate('us-token')).toBeNull();
    expect(lookups).toHaveLength(2);
  });

  it('when Redis does not answer, or holds no revocation mark yet, trusts no key in memory', async () => {
    const { authenticator, lookups, redis } = setUp();
    await authenticator.authenticate('us-token');
    redis.mark = null;
    await authenticator.authenticate('us-token');
    await authenticator.authenticate('us-token');
    expect(lookups).toHaveLength(3);
  });

  it('forgets a key after a few seconds', async () => {
    jest.useFakeTimers({ now: 0 });
    const { authenticator, lookups } = setUp();
    await authenticator.authenticate('us-token');
    jest.setSystemTime(4_000);
    await authenticator.authenticate('us-token');
    jest.setSystemTime(6_000);
    await authenticator.authenticate('us-token');
    expect(lookups).toHaveLength(2);
  });

  it('does not remember unknown tokens, so a key created a moment ago works at once', async () => {
    const { authenticator, keys } = setUp();
    expect(await authenticator.authenticate('new-token')).toBeNull();
    keys.set(hashToken('new-token'), { id: 'k2', role: 'reviewer', partnerCode: 'UN' });
    expect(await authenticator.authenticate('new-token')).toMatchObject({ id: 'k2' });
  });
});
