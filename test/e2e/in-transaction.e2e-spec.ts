import { ForeignKeyConstraintViolationException, MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '@accord/persistence';
import { inTransaction } from '@accord/shared';
import { createTestDatabase, dropDatabase } from '../support/databases';

/**
 * `inTransaction` replaces `em.transactional` on every path of the service, so it must keep its
 * guarantees: all or nothing, the first error reported, and the connection handed back whatever
 * happened. The pool has one connection, so one kept by a failed transaction would stall the next
 * statement until the acquire timeout.
 */
describe('inTransaction', () => {
  let database: { name: string; url: string };
  let orm: MikroORM;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await MikroORM.init(ormConfig(database.url, { pool: { min: 0, max: 1, acquireTimeoutMillis: 5_000 } }));
    const em = orm.em.fork();
    await em.execute('create table probe_parent (id int primary key)');
    await em.execute('create table probe (id int primary key, parent int references probe_parent deferrable initially deferred)');
  });

  afterAll(async () => {
    await orm.close();
    await dropDatabase(database.name);
  });

  const probes = async () => (await orm.em.fork().execute<{ id: number }[]>('select id from probe order by id')).map((row) => row.id);

  it('commits what the work did and answers what it returned', async () => {
    const answer = await inTransaction(orm.em, async (tx) => {
      await tx.execute('insert into probe (id) values (1), (2)');
      return 'done';
    });
    expect(answer).toBe('done');
    expect(await probes()).toEqual([1, 2]);
  });

  it('rolls everything back when the work throws, and rethrows that error', async () => {
    const failure = new Error('the work failed');
    await expect(
      inTransaction(orm.em, async (tx) => {
        await tx.execute('insert into probe (id) values (3)');
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await probes()).toEqual([1, 2]);
  });

  it('reports a COMMIT that fails (a deferred constraint) as that constraint error, keeping nothing', async () => {
    await expect(
      inTransaction(orm.em, async (tx) => {
        await tx.execute('insert into probe (id) values (4)');
        await tx.execute('insert into probe (id, parent) values (5, 99)');
      }),
    ).rejects.toBeInstanceOf(ForeignKeyConstraintViolationException);
    expect(await probes()).toEqual([1, 2]);
  });

  it('works in a fork of its own: the entity manager it was given stays outside the transaction', async () => {
    const em = orm.em.fork();
    await inTransaction(em, async (tx) => {
      expect(tx).not.toBe(em);
      expect(tx.isInTransaction()).toBe(true);
      expect(em.isInTransaction()).toBe(false);
    });
  });
});
