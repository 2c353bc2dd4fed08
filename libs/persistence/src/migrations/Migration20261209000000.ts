import { Migration } from '@mikro-orm/migrations';
import { CHECK_TYPES } from '@accord/action-plans/checks/registry';

/**
 * The check types are the registry's (`CHECK_TYPES`), the only list of them: a constraint naming
 * them here would make every new check a migration too. Results are written by the review alone,
 * with the registry's types.
 */
export class Migration20261209000000 extends Migration {
  override async up(): Promise<void> {
    await this.execute('alter table check_result drop constraint check_result_type_check');
  }

  override async down(): Promise<void> {
    await this.execute(`alter table check_result add constraint check_result_type_check check (type = any ('{${CHECK_TYPES.join(',')}}'::text[]))`);
  }
}
