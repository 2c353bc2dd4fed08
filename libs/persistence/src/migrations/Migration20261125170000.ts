import { Migration } from '@mikro-orm/migrations';

/**
 * Wakes the outbox relay when rows are committed, instead of leaving them until its next poll:
 * one notification per inserting statement, delivered only if the transaction commits. PostgreSQL
 * folds identical notifications of one transaction into one.
 */
export class Migration20261125170000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
      create function outbox_message_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('outbox_message', '');
        return null;
      end $$;
      create trigger outbox_message_notify after insert on outbox_message
        for each statement execute function outbox_message_notify();
    `);
  }

  override async down(): Promise<void> {
    await this.execute(`
      drop trigger outbox_message_notify on outbox_message;
      drop function outbox_message_notify();
    `);
  }
}
