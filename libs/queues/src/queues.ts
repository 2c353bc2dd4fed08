import type { DefaultJobOptions } from 'bullmq';

/** Every queue of the service, by name. Names are kebab-case; job ids never contain `:`. */
export const QUEUES = {
  /** One job per history event of a plan, published by the outbox relay; consumers react to it. */
  actionPlanEvents: 'action-plan-events',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export const QUEUE_NAMES: QueueName[] = Object.values(QUEUES);

/**
 * Retention is bounded so Redis memory stays flat; failed jobs are kept longer for inspection.
 * Retries back off exponentially with jitter so a recovering dependency is not stampeded.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500, jitter: 0.5 },
  removeOnComplete: { age: 3600, count: 5000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 50000 },
};

/** The payload of an action-plan-events job: ids only, the consumer reloads the plan. */
export interface ActionPlanEventJob {
  planId: string;
  seq: number;
  version: number;
}
