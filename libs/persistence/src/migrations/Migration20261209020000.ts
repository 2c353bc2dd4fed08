import { Migration } from '@mikro-orm/migrations';

/**
 * A version's review stores every result and completes in one transaction, so no count of the
 * results still to come is kept: the one the checks decremented, each in its own job, goes.
 */
export class Migration20261209020000 extends Migration {
  override async up(): Promise<void> {
    await this.execute('alter table action_plan drop column checks_pending');
  }

  override async down(): Promise<void> {
    await this.execute('alter table action_plan add column checks_pending smallint not null default 0');
  }
}
