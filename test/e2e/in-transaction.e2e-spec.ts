import { ForeignKeyConstraintViolationException, MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '@accord/persistence';
import { inTransaction } from '@accord/shared';
import { createTestDatabase, dropDatabase, withAdminClient } from '../support/databases';

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
    orm = await MikroORM.init(ormConfig(database.url, { pool: { min: 0, max: 1 }, driverOptions: { connectionTimeoutMillis: 5_000 } }));
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

  it('gives back a connection PostgreSQL terminated mid-transaction, so the pool neither stalls nor keeps the process from closing', async () => {
    await expect(
      inTransaction(orm.em, async (tx) => {
        const [{ pid }] = await tx.execute<{ pid: number }[]>('select pg_backend_pid() as pid');
        await withAdminClient((client) => client.query('select pg_terminate_backend($1)', [pid]));
        await tx.execute('insert into probe (id) values (6)');
      }),
    ).rejects.toThrow();
    // One connection in the pool: had the lost one not been given back, this would wait for the
    // 5 s timeout and fail.
    expect(await probes()).toEqual([1, 2]);
    const closing = MikroORM.init(ormConfig(database.url, { pool: { min: 0, max: 1 } })).then(async (other) => {
      await inTransaction(other.em, async (tx) => {
        const [{ pid }] = await tx.execute<{ pid: number }[]>('select pg_backend_pid() as pid');
        await withAdminClient((client) => client.query('select pg_terminate_backend($1)', [pid]));
      }).catch(() => undefined);
      await other.close();
      return 'closed';
    });
    expect(await Promise.race([closing, new Promise((resolve) => setTimeout(() => resolve('still open after 10 s'), 10_000).unref())])).toBe('closed');
  });
});
