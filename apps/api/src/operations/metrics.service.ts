import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { QueueRegistry } from '@accord/queues';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized', 'waiting-children'] as const;
const SCRAPE_TIMEOUT_MS = 1000;

/** Prometheus figures of this process: HTTP, queue depth and the outbox backlog, read at scrape time. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor(queues: QueueRegistry, em: EntityManager) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'bullmq_jobs',
      help: 'Jobs per queue and state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        await Promise.all(
          [...queues.queues].map(async ([name, queue]) => {
            const counts = await withTimeout(queue.getJobCounts(...JOB_STATES));
            for (const state of JOB_STATES) if (counts) this.set({ queue: name, state }, counts[state] ?? 0);
          }),
        );
      },
    });
    new Gauge({
      name: 'outbox_unpublished_messages',
      help: 'Outbox rows committed but not yet in Redis',
      registers: [this.registry],
      async collect() {
        const [row] = await em.fork().execute<{ count: string }[]>('select count(*) as count from outbox_message where published_at is null');
        this.set(Number(row.count));
      },
    });
  }
}

/** Redis being down must not hang a scrape: its figures are then left out. */
function withTimeout<T>(promise: Promise<T>): Promise<T | null> {
  return Promise.race([promise.catch(() => null), new Promise<null>((resolve) => setTimeout(() => resolve(null), SCRAPE_TIMEOUT_MS).unref())]);
}
