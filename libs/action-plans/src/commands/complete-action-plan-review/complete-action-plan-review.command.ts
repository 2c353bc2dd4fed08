import { Command } from '@nestjs/cqrs';

/** Completes the review of a version once every check has a final result; otherwise does nothing. */
export class CompleteActionPlanReviewCommand extends Command<boolean> {
  constructor(
    readonly planId: string,
    readonly version: number,
  ) {
    super();
  }
}
