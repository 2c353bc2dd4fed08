import type { JobsOptions } from 'bullmq';
import type { AppConfig } from '@accord/shared';
import type { CheckType } from '../checks/check';

/** The payload of an action-plan-checks job: ids only. `rerun` replaces a result already final. */
export interface CheckJob {
  planId: string;
  version: number;
  type: CheckType;
  rerun?: boolean;
}

/** One job per (plan, version, check type): a second enqueue of the same check is a no-op in BullMQ. */
export function checkJobId(planId: string, version: number, type: CheckType): string {
  return `${planId}-v${version}-${type}`;
}

export function checkJobOptions(config: AppConfig, jobId: string): JobsOptions {
  return { jobId, attempts: config.checkAttempts, backoff: { type: 'exponential', delay: config.checkBackoffMs, jitter: 0.5 } };
}
