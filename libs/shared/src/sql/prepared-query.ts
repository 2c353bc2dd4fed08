import { createHash } from 'node:crypto';
import { ConnectionException, type EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type ControlledTransaction } from 'kysely';
import type { Pool, PoolClient, QueryConfig } from 'pg';

/**
 * Runs `text` (placeholders `$1`, `$2`…) as a named prepared statement on the connection `em`
 * works on: its transaction's, or one its pool lends for this statement alone. PostgreSQL parses
 * and plans a named statement on its first few runs on a connection and then reuses the plan;
 * `em.execute` inlines every value into a new text, which PostgreSQL parses and plans on every call
 * (on the review's hot path that planning was about 10 ms of PostgreSQL's CPU a plan, a third of it;
 * docs/performance.md). Errors are converted as `em.execute` converts them, so callers still see
 * `DeadlockException`, `UniqueConstraintViolationException`…
 *
 * For statements run many times a second with a fixed text. Values go as bind parameters: arrays
 * become PostgreSQL arrays and other objects JSON, so a jsonb array is passed JSON.stringify'd.
 * Never `select *`: a prepared plan whose result columns change (a migration adding a column to a
 * running service) fails until the connection ends.
 *
 * The statement goes through Kysely, the ORM's query runner, so it waits its turn on the
 * transaction's connection; `namePreparedStatements` (installed on the pool by `ormConfig`) is what
 * sends it to PostgreSQL under its name.
 */
export async function preparedQuery<T>(em: EntityManager, text: string, values: readonly unknown[]): Promise<T[]> {
  const transaction = em.getTransactionContext<ControlledTransaction<unknown>>();
  // Kysely refuses a statement on an ended transaction with an error of its own; refused as a lost
  // connection is, callers handle it as they handle every other reason the statement did not run.
  if (transaction && (transaction.isCommitted || transaction.isRolledBack)) {
    throw new ConnectionException(new Error('The transaction has already ended (committed or rolled back): the statement was not run.'));
  }
  registerStatement(text);
  const runner = transaction ?? em.getConnection().getClient();
  try {
    const result = await runner.executeQuery<T>(CompiledQuery.raw(text, [...values]));
    return [...result.rows];
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}

const names = new Map<string, string>();

/**
 * The same text always gets the same name, which `pg` prepares once per connection. Remembered:
 * hashing the text on every call was about 1% of the worker's CPU, and the texts are a fixed set.
 */
function registerStatement(text: string): void {
  if (!names.has(text)) names.set(text, `accord_${createHash('sha1').update(text).digest('base64url')}`);
}

type Query = (config: string | QueryConfig, values?: unknown[]) => Promise<unknown>;

/**
 * Teaches every connection of `pool` two things Kysely's `pg` dialect does not do:
 * - texts run by `preparedQuery` go to PostgreSQL as named statements (Kysely sends every text
 *   unnamed, to be parsed and planned again);
 * - a connection whose BEGIN or ROLLBACK failed is destroyed. Kysely hands a connection back to the
 *   pool only after those succeed, and they fail on a connection PostgreSQL has dropped (a backend
 *   terminated, a session stopped past `idle_in_transaction_session_timeout`): `pool.end()`, and
 *   with it the process's shutdown, would wait for the lost connection forever. (A failed COMMIT is
 *   always followed by a ROLLBACK, by MikroORM and by `inTransaction`.)
 */
export function namePreparedStatements(pool: Pool): void {
  pool.on('connect', (client: PoolClient) => {
    const query = client.query.bind(client) as Query;
    let destroyed = false;
    (client as unknown as { query: Query }).query = async (config, values) => {
      const name = typeof config === 'string' ? names.get(config) : undefined;
      try {
        return await (name === undefined ? query(config, values) : query({ name, text: config as string, values }));
      } catch (error) {
        if (typeof config === 'string' && ENDS_CONNECTION_ON_FAILURE.test(config) && !destroyed) {
          destroyed = true;
          client.release(error as Error);
        }
        throw error;
      }
    };
  });
}

/** The statements Kysely sends to begin and to roll back a transaction. */
const ENDS_CONNECTION_ON_FAILURE = /^(begin|start transaction|rollback)\b/;
