import { Migration } from '@mikro-orm/migrations';

/**
 * A plan may state up to 15 digits before the point, so one plan's share of a cell after conversion,
 * and a cell's total over many plans, can pass the 16 that `numeric(18, 2)` holds: the insert at the
 * start of a review then failed, again on every retry. 28 digits hold any sum of such plans.
 */
export class Migration20261207000000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
      alter table funding_allocation alter column usd type numeric(30, 2);
      alter table funding_cell alter column usd type numeric(30, 2);
    `);
  }

  override async down(): Promise<void> {
    await this.execute(`
      alter table funding_allocation alter column usd type numeric(18, 2);
      alter table funding_cell alter column usd type numeric(18, 2);
    `);
  }
}
