import { Command } from '@nestjs/cqrs';

/** Marks every plan that has awaited a decision longer than the review SLA. Answers how many. */
export class MarkOverdueActionPlansCommand extends Command<number> {}
