import { Command } from '@nestjs/cqrs';
import type { CheckJob } from '../../review/check-job';

export interface CheckRun {
  outcome: 'stored' | 'already_done' | 'stale';
}

/** Runs one check on one version and stores its result. */
export class RunActionPlanCheckCommand extends Command<CheckRun> {
  constructor(readonly job: CheckJob) {
    super();
  }
}

/** Records that a check could not run (it kept failing), so the review is never stuck waiting for it. */
export class RecordCheckFailureCommand extends Command<void> {
  constructor(
    readonly job: CheckJob,
    readonly reason: string,
  ) {
    super();
  }
}
