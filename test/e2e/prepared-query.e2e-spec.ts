import { ConnectionException, MikroORM, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { ormConfig } from '@accord/persistence';
import { preparedQuery } from '@accord/shared';
import { createTestDatabase, dropDatabase } from '../support/databases';

/**
 * `preparedQuery` bypasses knex's query path to reach `pg` directly, so what knex would guard has
 * to hold here too: a statement runs in the transaction it was given, never on a connection the
 * pool has since lent to someone else, and errors are MikroORM's.
 */
describe('preparedQuery', () => {
  let database: { name: string; url: string };
  let orm: MikroORM;

  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection: whatever the pool lends next is the connection a finished transaction had.
    orm = await MikroORM.init(ormConfig(database.url, { pool: { min: 0, max: 1 } }));
    await orm.em.fork().execute('create table probe (id int primary key, note text)');
  });

  afterAll(async () => {
    await orm.close();
    await dropDatabase(database.name);
  });

  const probes = async () => (await orm.em.fork().execute<{ id: number }[]>('select id from probe order by id')).map((row) => row.id);

  it('runs inside the transaction it is given: rolled back with it', async () => {
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await preparedQuery(tx, 'insert into probe (id, note) values ($1, $2)', [1, 'rolled back']);
        const [seen] = await preparedQuery<{ n: number }>(tx, 'select count(*)::int as n from probe where id = $1', [1]);
        expect(seen.n).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await probes()).toEqual([]);
  });

  it('refuses a statement on a transaction that has ended, which would otherwise run in the next borrower’s session', async () => {
    let ended: EntityManager | undefined;
    await orm.em.fork().transactional(async (tx) => {
      ended = tx;
      await preparedQuery(tx, 'insert into probe (id, note) values ($1, $2)', [2, 'committed']);
    });

    let stray: Promise<unknown> | undefined;
    await orm.em.fork().transactional(async (borrower) => {
      await preparedQuery(borrower, 'insert into probe (id, note) values ($1, $2)', [3, 'borrower']);
      stray = preparedQuery(ended!, 'insert into probe (id, note) values ($1, $2)', [4, 'stray']);
      await stray.catch(() => undefined);
    });

    await expect(stray).rejects.toThrow(/transaction has already ended/);
    await expect(stray).rejects.toBeInstanceOf(ConnectionException);
    expect(await probes()).toEqual([2, 3]);
  });

  it('runs on a pooled connection outside a transaction and converts errors as MikroORM does', async () => {
    const em = orm.em.fork();
    await preparedQuery(em, 'insert into probe (id, note) values ($1, $2)', [5, 'pooled']);
    await expect(preparedQuery(em, 'insert into probe (id, note) values ($1, $2)', [5, 'again'])).rejects.toBeInstanceOf(UniqueConstraintViolationException);
    expect(await probes()).toEqual([2, 3, 5]);
  });
});
