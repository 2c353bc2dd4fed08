import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobsOptions, Queue } from 'bullmq';
import { inTransaction, preparedQuery } from '@accord/shared';

interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
}

export interface OutboxRelayOptions {
  batchSize: number;
  /** How long one publication to Redis may take before the batch is given up and retried. */
  publishTimeoutMs: number;
}

/**
 * Moves committed outbox rows to BullMQ. A batch is locked with SKIP LOCKED (several workers may
 * relay at once), added to its queues under the rows' job ids, and marked published in the same
 * transaction. If Redis fails the transaction rolls back and the rows are retried; if the process
 * dies after the add but before the commit, the re-add under the same job id is a no-op in BullMQ.
 */
export class OutboxRelay {
  constructor(
    private readonly em: EntityManager,
    private readonly queues: ReadonlyMap<string, Queue>,
    private readonly options: OutboxRelayOptions,
  ) {}

  /** Publishes one batch; returns how many rows it published. */
  async publishBatch(): Promise<number> {
    return inTransaction(this.em, async (tx) => {
      // Marked published before the add, in the same transaction: a failed add rolls the mark back.
      const rows = await preparedQuery<OutboxRow>(
        tx,
        `update outbox_message set published_at = now()
          where id in (select id from outbox_message where published_at is null order by id limit $1 for update skip locked)
          returning id, queue, job_name, job_id, payload`,
        [this.options.batchSize],
      );
      if (rows.length === 0) return 0;
      rows.sort((a, b) => Number(a.id) - Number(b.id)); // RETURNING keeps no order; a queue takes jobs in the order added
      const byQueue = new Map<string, OutboxRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      await withTimeout(
        Promise.all(
          [...byQueue].map(([name, queueRows]) =>
            this.queue(name).addBulk(
              queueRows.map((row) => ({ name: row.job_name, data: row.payload, opts: { jobId: row.job_id } satisfies JobsOptions })),
            ),
          ),
        ),
        this.options.publishTimeoutMs,
      );
      return rows.length;
    });
  }

  /** Rows written but not yet in Redis: the relay's backlog. */
  async backlog(): Promise<number> {
    const [row] = await this.em.fork().execute<{ count: string }[]>('select count(*) as count from outbox_message where published_at is null');
    return Number(row.count);
  }

  private queue(name: string): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`outbox row for unknown queue ${name}`);
    return queue;
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`publishing to Redis took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
