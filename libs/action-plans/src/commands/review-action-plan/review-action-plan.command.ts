import { Command } from '@nestjs/cqrs';
import type { ReviewJob } from '../../review/review-job';

export interface ReviewRun {
  /** `stale`: the version is not the one in review (or, for a rerun, awaiting a decision): nothing done. */
  outcome: 'completed' | 'rerun' | 'stale';
}

/** Where a job's run stands among its attempts. */
export interface ReviewAttempt {
  /** 1 for the first run; what each result stores as its attempts. */
  number: number;
  /** The last attempt: a check that fails on it becomes a `CHECK_ERROR` result instead of a retry. */
  last: boolean;
}

/** Runs a version's checks (all of them, or the job's) and stores their results, in one transaction. */
export class ReviewActionPlanCommand extends Command<ReviewRun> {
  constructor(
    readonly job: ReviewJob,
    readonly attempt: ReviewAttempt,
  ) {
    super();
  }
}

/** Records that a review could not run (it kept failing), so the plan is never stuck in review. */
export class RecordReviewFailureCommand extends Command<boolean> {
  constructor(
    readonly job: ReviewJob,
    readonly reason: string,
  ) {
    super();
  }
}
