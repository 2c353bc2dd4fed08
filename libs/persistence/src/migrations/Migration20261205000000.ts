import { Migration } from '@mikro-orm/migrations';

/**
 * What the active plans put in each goal x country cell, kept in the statements that change
 * `funding_allocation`, so the budget check reads the cells a plan touches instead of summing every
 * allocation in them: that sum grew with the portfolio (4 ms for a plan in two goals and two
 * countries at 10,000 plans, so about 40 at 100,000 by that rate; 100,000 was not measured).
 */
export class Migration20261205000000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
      create table funding_cell (
        goal text not null,
        country text not null,
        usd numeric(18, 2) not null,
        primary key (goal, country)
      );
      insert into funding_cell (goal, country, usd) select goal, country, sum(usd) from funding_allocation group by goal, country;
    `);
  }

  override async down(): Promise<void> {
    await this.execute('drop table funding_cell');
  }
}
