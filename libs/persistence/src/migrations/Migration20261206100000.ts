import { Migration } from '@mikro-orm/migrations';

/**
 * The overlap profile is written once when a plan enters review and read whole, a hundred at a time,
 * by every overlap check; nothing queries inside it. `jsonb` made PostgreSQL rebuild each one's text
 * on every read (about 1 ms of the server per check, most of the candidates query's own cost); `json`
 * keeps the text as written and sends it back as it is.
 */
export class Migration20261206100000 extends Migration {
  override async up(): Promise<void> {
    await this.execute('alter table action_plan_overlap_profile alter column profile type json using profile::json');
  }

  override async down(): Promise<void> {
    await this.execute('alter table action_plan_overlap_profile alter column profile type jsonb using profile::jsonb');
  }
}
