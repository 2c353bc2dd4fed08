import { MikroORM } from '@mikro-orm/postgresql';
import { CheckDataService } from '@accord/action-plans/review/check-data.service';
import { ormConfig } from '@accord/persistence';
import { loadConfig } from '@accord/shared';
import { createTestDatabase, dropDatabase } from '../support/databases';

/**
 * The checks' reference data and rates are cached. A refresh needs pooled connections, and review
 * starts used to wait for it inside their transactions, each holding one: with every connection of
 * the pool so held, the refresh could not start and nothing moved until the pool's acquire timeout.
 */
describe('the checks’ reference data cache', () => {
  let database: { name: string; url: string };
  let orm: MikroORM;
  let data: CheckDataService;

  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection, as when every connection of the pool is held by a transaction; a short
    // acquire timeout turns the old behaviour into a prompt failure instead of a minute's wait.
    orm = await MikroORM.init(ormConfig(database.url, { pool: { min: 0, max: 1 }, driverOptions: { connectionTimeoutMillis: 2000 } }));
    data = new CheckDataService(orm.em, loadConfig({ ...process.env, DATABASE_URL: database.url }));
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await orm.close();
    await dropDatabase(database.name);
  });

  it('answers an expired copy at once, without a connection, and refreshes it beside the caller', async () => {
    const first = await data.referenceAndRates();
    expect(first.reference.partners.get('US')).toEqual(expect.objectContaining({ kind: expect.any(String) }));

    await orm.em.fork().execute(`update partner set country = 'GT' where code = 'US'`);
    const now = Date.now.bind(Date);
    jest.spyOn(Date, 'now').mockImplementation(() => now() + 31_000);

    // The pool's only connection is held by a transaction that waits for the cache.
    const seenInTransaction = await orm.em.fork().transactional(async () => data.referenceAndRates());
    expect(seenInTransaction).toBe(first);

    // The refresh ran once the connection was free.
    let refreshed = first;
    for (let tries = 0; tries < 50 && refreshed === first; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      refreshed = await data.referenceAndRates();
    }
    expect(refreshed).not.toBe(first);
    expect(refreshed.reference.partners.get('US')?.country).toBe('GT');
  });
});
