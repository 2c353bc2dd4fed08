import { Migration } from '@mikro-orm/migrations';

/**
 * One government partner a country: the endorsement check asks a country's government, and a second
 * one, added by an admin, silently took that right from the first. Should a database already hold
 * two, this migration fails and names the country: an admin decides which one stays.
 */
export class Migration20261207010000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`create unique index partner_government_country_key on partner (country) where kind = 'RECIPIENT_GOVERNMENT'`);
  }

  override async down(): Promise<void> {
    await this.execute('drop index partner_government_country_key');
  }
}
