import { Migration } from '@mikro-orm/migrations';

/** The threads a request for changes cites, which the lead must address in the next version. */
export class Migration20261208200000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table decision add column threads text[] not null default '{}'`);
  }

  override async down(): Promise<void> {
    await this.execute('alter table decision drop column threads');
  }
}
