import { Migration } from '@mikro-orm/migrations';

/**
 * The conversation about a plan: threads, each anchored to a field of a version (or to the plan as
 * a whole), and their comments. Every change to them is also an event of the plan's history, which
 * holds each comment's text, so these tables are what the conversation is read from, not its record.
 * A comment's key to its thread is checked at commit: a thread and its first comment are written
 * together, in whichever order the unit of work takes them.
 */
export class Migration20261208100000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
      create table action_plan_thread (
        id uuid primary key,
        plan_id uuid not null references action_plan (id),
        visibility text not null check (visibility in ('reviewers', 'participants')),
        anchor_version integer null check (anchor_version > 0),
        anchor_path text null check (length(anchor_path) <= 1000),
        status text not null check (status in ('open', 'resolved')),
        opened_by jsonb not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        check ((anchor_version is null) = (anchor_path is null))
      );
      create index action_plan_thread_plan_idx on action_plan_thread (plan_id, created_at, id);

      create table action_plan_thread_comment (
        id uuid primary key,
        thread_id uuid not null references action_plan_thread (id) deferrable initially deferred,
        plan_id uuid not null references action_plan (id),
        author jsonb not null,
        body text not null check (char_length(body) between 1 and 10000),
        created_at timestamptz not null
      );
      create index action_plan_thread_comment_thread_idx on action_plan_thread_comment (thread_id, created_at, id);
    `);
  }

  override async down(): Promise<void> {
    await this.execute('drop table action_plan_thread_comment; drop table action_plan_thread');
  }
}
