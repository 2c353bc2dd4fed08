import { Migration } from '@mikro-orm/migrations';

/**
 * How many checks of the plan's version in review are still to store a result. Each stored result
 * decrements it in the statement that stores it, and the row lock of that update orders checks
 * finishing at once: exactly one of them sees zero and completes the review. Not part of the
 * aggregate (its entity does not map it); reviews started before this column find it at zero or
 * below, which only makes each of their checks try the completion, which checks every result anyway.
 */
export class Migration20261125180000 extends Migration {
  override async up(): Promise<void> {
    await this.execute('alter table action_plan add column checks_pending smallint not null default 0');
  }

  override async down(): Promise<void> {
    await this.execute('alter table action_plan drop column checks_pending');
  }
}
