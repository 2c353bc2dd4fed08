import { Migration } from '@mikro-orm/migrations';

/** The review pipeline: check results, endorsements, and the indexes the checks and the portfolio read. */
export class Migration20261125100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table check_result (
        plan_id uuid not null references action_plan (id),
        version integer not null,
        type text not null check (type in ('completeness', 'alignment', 'overlap', 'budget', 'endorsement')),
        status text not null check (status in ('pending', 'running', 'passed', 'warning', 'failed')),
        score integer null check (score between 0 and 100),
        findings jsonb not null default '[]',
        attempts integer not null default 0,
        started_at timestamptz null,
        completed_at timestamptz null,
        primary key (plan_id, version, type)
      );

      create table endorsement (
        plan_id uuid not null references action_plan (id),
        version integer not null,
        partner_code text not null references partner (code),
        comment text null,
        actor jsonb not null,
        created_at timestamptz not null,
        primary key (plan_id, version, partner_code)
      );

      -- One row per (country, topic) of every active plan: the overlap check's candidate index.
      create table action_plan_footprint (
        plan_id uuid not null references action_plan (id),
        country text not null,
        topic text not null,
        lead_partner_code text not null,
        period_start date not null,
        period_end date not null,
        primary key (plan_id, country, topic)
      );
      create index action_plan_footprint_lookup_idx on action_plan_footprint (country, topic, period_start, period_end) include (plan_id, lead_partner_code);

      -- How each active plan's money splits over goal x country, in USD.
      create table funding_allocation (
        plan_id uuid not null references action_plan (id),
        goal text not null,
        country text not null,
        usd numeric(18, 2) not null check (usd >= 0),
        primary key (plan_id, goal, country)
      );
      create index funding_allocation_cell_idx on funding_allocation (goal, country);

      create index action_plan_in_review_idx on action_plan (updated_at) where status in ('submitted', 'in_review');
    `);
  }
}
