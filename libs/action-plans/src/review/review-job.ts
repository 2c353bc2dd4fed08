import type { CheckType } from '../checks/check';

/**
 * The payload of an action-plan-checks job: ids only. Without `checks`, the review of the version:
 * every check, and the review's completion. With them, those checks run again on a version already
 * awaiting a decision (after an event that changed what they read), and the recommendation follows.
 */
export interface ReviewJob {
  planId: string;
  version: number;
  checks?: CheckType[];
}

/** The job name of a version's review; a rerun is named after the checks it runs. */
export const REVIEW_JOB = 'review';

/** One review job per version: a second enqueue of it is a no-op in BullMQ. */
export function reviewJobId(planId: string, version: number): string {
  return `${planId}-v${version}-review`;
}

/** One rerun of a check per history event that asks for it. */
export function rerunJobId(planId: string, version: number, type: CheckType, seq: number): string {
  return `${planId}-v${version}-${type}-e${seq}`;
}
