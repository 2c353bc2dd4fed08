import type { DefaultJobOptions } from 'bullmq';

/** Every queue of the service, by name. Names are kebab-case; job ids never contain `:`. */
export const QUEUES = {
  /** One job per history event of a plan, published by the outbox relay; consumers react to it. */
  actionPlanEvents: 'action-plan-events',
  /** The automated review: one job per version, and one per check an event runs again. */
  actionPlanChecks: 'action-plan-checks',
  /** Repeatable housekeeping: the reconciler that finishes reviews whose jobs were lost. */
  maintenance: 'action-plan-maintenance',
  /** One job per (webhook, plan event): a signed POST to a partner's endpoint. */
  webhookDeliveries: 'webhook-deliveries',
  /** One job per large IATI file posted for import: the worker writes its drafts. */
  iatiImports: 'iati-imports',
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

/**
 * The default options of each queue's jobs, however they are added (by the outbox relay or a
 * processor): a review is retried CHECK_ATTEMPTS times from CHECK_BACKOFF_MS, its last attempt
 * storing a failing check as CHECK_ERROR.
 */
export function queueJobOptions(name: QueueName, config: { checkAttempts: number; checkBackoffMs: number }): DefaultJobOptions {
  return name === QUEUES.actionPlanChecks
    ? { ...DEFAULT_JOB_OPTIONS, attempts: config.checkAttempts, backoff: { type: 'exponential', delay: config.checkBackoffMs, jitter: 0.5 } }
    : DEFAULT_JOB_OPTIONS;
}

/**
 * Lock and stall settings of every worker: a job whose worker died is picked up again once the lock
 * expires, at most once; a second stall fails it (and the reconciler records the failure).
 * `@Processor` takes its options at import time, so the worker sets the lock from its configuration
 * into this one object before Nest creates the workers (see `configureWorkerLocks`).
 */
export const WORKER_OPTIONS = { lockDuration: 30000, stalledInterval: 15000, maxStalledCount: 1 };

export function configureWorkerLocks(lockMs: number): void {
  WORKER_OPTIONS.lockDuration = lockMs;
  WORKER_OPTIONS.stalledInterval = Math.max(Math.floor(lockMs / 2), 500);
}

/** The payload of an iati-imports job: the import's id, the worker reloads the stored file. */
export interface IatiImportJob {
  importId: string;
}

/** An import's job id: one job per import, whoever hands it to Redis. */
export const IATI_IMPORT_JOB_PREFIX = 'iati-import-';
export const iatiImportJobId = (importId: string): string => `${IATI_IMPORT_JOB_PREFIX}${importId}`;

/** The payload of an action-plan-events job: ids only, the consumer reloads the plan. */
export interface ActionPlanEventJob {
  planId: string;
  seq: number;
  version: number;
}
