import type { JobsOptions } from 'bullmq';
import type { AppConfig } from '@accord/shared';

/** The payload of a webhook-deliveries job: ids only, the worker reloads the event and the plan. */
export interface WebhookDeliveryJob {
  deliveryId: string;
  webhookId: string;
  planId: string;
  seq: number;
}

/** A job ready for `addBulk`, named after the event type so the dashboard reads well. */
export interface WebhookDeliveryJobSpec {
  name: string;
  data: WebhookDeliveryJob;
  opts: JobsOptions;
}

/** `${planId}-${seq}`: a history event's id in deliveries, the same for every webhook. */
export function webhookEventId(planId: string, seq: number): string {
  return `${planId}-${seq}`;
}

/** The plan and history event a delivery's event id names. */
export function webhookEventOf(eventId: string): { planId: string; seq: number } {
  const split = eventId.lastIndexOf('-');
  return { planId: eventId.slice(0, split), seq: Number(eventId.slice(split + 1)) };
}

/**
 * One job per (webhook, event): a redelivered plan event adds the same job id, which BullMQ ignores
 * while the first job is still known to it.
 */
export function webhookDeliveryJobId(webhookId: string, planId: string, seq: number): string {
  return `${webhookId}-${planId}-${seq}`;
}

export function webhookDeliveryJobOptions(config: AppConfig, jobId: string): JobsOptions {
  return { jobId, attempts: config.webhookAttempts, backoff: { type: 'exponential', delay: config.webhookBackoffMs, jitter: 0.5 } };
}
