import { Migration } from '@mikro-orm/migrations';

/**
 * What a plan's overlap check learns from later plans while it runs: a later plan that finds it
 * cannot merge its finding into a result not yet stored, and the running check may have searched
 * the portfolio before the later plan was in it. The notice waits here until the store merges it;
 * `check_result.noticed` tells the store, in the row it updates anyway, that there is one to merge.
 * No foreign keys: the rows live for the length of a check, and a key check at commit would lock
 * the plan's row, which the review's completion locks too.
 */
export class Migration20261206000000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
      create table overlap_notice (
        plan_id uuid not null,
        version integer not null,
        related_plan_id uuid not null,
        related jsonb not null,
        linked boolean not null,
        noticed_at timestamptz not null default now(),
        primary key (plan_id, version, related_plan_id)
      );
      alter table check_result add column noticed boolean not null default false;
    `);
  }

  override async down(): Promise<void> {
    await this.execute('drop table overlap_notice; alter table check_result drop column noticed');
  }
}
