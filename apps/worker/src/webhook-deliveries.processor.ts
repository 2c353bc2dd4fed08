import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import type { Job } from 'bullmq';
import { WebhookDeliverer, type WebhookDeliveryJob } from '@accord/notifications';
import { QUEUES, WORKER_OPTIONS } from '@accord/queues';
import { APP_CONFIG, type AppConfig } from '@accord/shared';
import { ObservedWorkerHost, WorkerMetrics } from './worker-metrics';

/**
 * One delivery attempt per run. An endpoint that does not answer 2xx makes the job throw, so BullMQ
 * retries it with exponential backoff (WEBHOOK_ATTEMPTS, WEBHOOK_BACKOFF_MS); the last attempt
 * marks the delivery failed in the log.
 */
@Processor(QUEUES.webhookDeliveries, WORKER_OPTIONS)
export class WebhookDeliveriesProcessor extends ObservedWorkerHost {
  constructor(
    private readonly deliverer: WebhookDeliverer,
    metrics: WorkerMetrics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(metrics, config);
  }

  process(job: Job<WebhookDeliveryJob>): Promise<unknown> {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.deliverer.deliver(job.data, lastAttempt);
  }
}
