import { Migration } from '@mikro-orm/migrations';

/** Reviewer decisions, and when a plan began to wait for one (for the queue and the SLA). */
export class Migration20261125110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table decision (
        id uuid primary key,
        plan_id uuid not null references action_plan (id),
        version integer not null,
        reviewer_id text not null,
        role text not null check (role in ('reviewer', 'admin')),
        affiliation text null,
        decision text not null check (decision in ('approve', 'reject', 'request_changes')),
        comment text null,
        override jsonb null,
        coordination jsonb null,
        created_at timestamptz not null,
        unique (plan_id, version, reviewer_id)
      );

      alter table action_plan
        add column awaiting_since timestamptz null,
        add column overdue_at timestamptz null;
      create index action_plan_review_queue_idx on action_plan (awaiting_since, id) where status = 'awaiting_decision';
    `);
  }
}
