import type { EntityManager } from '@mikro-orm/postgresql';
import { DatabaseError } from 'pg';

/**
 * Runs `work` in a transaction on a fork of `em`: flushed and committed when it returns, rolled
 * back when it throws. What `em.transactional` does for one top-level transaction, without the rest
 * of it: `transactional` forks a second time with its own event manager, runs the callback inside an
 * AsyncLocalStorage, and merges the fork's entities back into a parent nobody reads (4% of the api's
 * CPU in the profiles). `work` must use the `tx` it is given: nothing finds the transaction through
 * the async context.
 */
export async function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  const tx = em.fork();
  await tx.begin();
  try {
    const result = await work(tx);
    // Constraints checked at COMMIT (the deferred keys) fail there, and MikroORM hands that error
    // on as pg raised it: converted, it is the same exception as when the statement itself fails.
    await tx.commit().catch((error: unknown) => {
      throw error instanceof DatabaseError ? tx.getDriver().convertException(error) : error;
    });
    return result;
  } catch (error) {
    // A failed COMMIT has already ended the transaction, and a connection lost mid-way cannot roll
    // back: the caller needs the first error, not the rollback's.
    if (tx.isInTransaction()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}
