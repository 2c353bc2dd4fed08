import { Command } from '@nestjs/cqrs';

/** Sent by the worker when it takes up a submitted version. Answers whether it changed anything. */
export class StartActionPlanReviewCommand extends Command<boolean> {
  constructor(
    readonly planId: string,
    readonly version: number,
  ) {
    super();
  }
}
