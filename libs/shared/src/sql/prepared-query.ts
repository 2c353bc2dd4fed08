import { createHash } from 'node:crypto';
import { ConnectionException, type EntityManager, type Knex } from '@mikro-orm/postgresql';

/** The part of a `pg` client this needs: MikroORM's knex pool hands these out. */
interface PgClient {
  query(config: { name: string; text: string; values: readonly unknown[] }): Promise<{ rows: unknown[] }>;
}

interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}

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
 */
export async function preparedQuery<T>(em: EntityManager, text: string, values: readonly unknown[]): Promise<T[]> {
  const transaction = em.getTransactionContext<Knex.Transaction>();
  // knex refuses its own queries on a transaction that has ended, but this goes to the connection
  // directly, which by then is back in the pool and maybe lent to another caller: the statement
  // would run in someone else's session. knex also runs the callback when BEGIN itself failed (a
  // terminated connection), with the transaction already ended: a lost connection, as knex's own
  // refusal is taken.
  if (transaction?.isCompleted()) throw new ConnectionException(new Error('The transaction has already ended (committed, rolled back, or never begun): the statement was not run.'));
  const client = (transaction ?? em.getConnection().getKnex()).client as unknown as KnexClient;
  const connection = await client.acquireConnection();
  try {
    const result = await connection.query({ name: statementName(text), text, values });
    return result.rows as T[];
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  } finally {
    await client.releaseConnection(connection);
  }
}

const names = new Map<string, string>();

/**
 * The same text always gets the same name, which `pg` prepares once per connection. Remembered:
 * hashing the text on every call was about 1% of the worker's CPU, and the texts are a fixed set.
 */
function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `accord_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return name;
}
