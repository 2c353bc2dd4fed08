import { Migration } from '@mikro-orm/migrations';
import { overlapProfile } from '@accord/action-plans/checks/overlap.check';
import type { PlanContent } from '@accord/action-plans/domain/plan-content';

/** Active plans whose profiles are computed and written at a time. */
const BATCH = 500;

/**
 * Overlap candidates in bounded time. The overlap check used to count the shared (country, topic)
 * pairs of every active plan sharing one, which grows with the portfolio; it now reads, for each
 * pair of the checked plan, the rows whose end dates lie nearest its own, and, for each of its
 * countries, the plans with exactly its topics (the likeliest duplicates), then ranks those by the
 * country, topic and period terms of the overlap score.
 *
 * Each footprint row carries its plan's whole country and topic sets so that ranking needs no other
 * read: a row alone gives the Jaccard terms of its plan. A plan's footprint is its countries × its
 * topics, so the sets come from its own rows; topics are sorted in byte order, as `overlapTopics`
 * sorts them, because the second index compares whole sets and keeps one row per plan and country
 * (the one of its first topic).
 *
 * The candidates found are scored from their stored overlap profile (what the check compares,
 * wording as weighted terms) instead of their whole content, which costs more to load than the
 * search itself; the profiles of the plans already active are computed here by the check's own code.
 */
export class Migration20261125150000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
      alter table action_plan_footprint add column countries text[] null, add column topics text[] null;
      update action_plan_footprint f
         set countries = p.countries, topics = p.topics
        from (select plan_id,
                     array_agg(distinct country collate "C" order by country collate "C") as countries,
                     array_agg(distinct topic collate "C" order by topic collate "C") as topics
                from action_plan_footprint group by plan_id) p
       where p.plan_id = f.plan_id;
      alter table action_plan_footprint alter column countries set not null, alter column topics set not null;

      drop index action_plan_footprint_lookup_idx;
      create index action_plan_footprint_nearest_idx on action_plan_footprint (country, topic, period_end)
        include (plan_id, lead_partner_code, period_start, countries, topics);
      create index action_plan_footprint_same_topics_idx on action_plan_footprint (country, topics, period_end)
        include (plan_id, lead_partner_code, period_start, countries) where topic = topics[1];

      create table action_plan_overlap_profile (
        plan_id uuid primary key references action_plan (id),
        profile jsonb not null
      );
    `);
    let after: string | undefined = '00000000-0000-0000-0000-000000000000';
    while (after) {
      const batch = (await this.execute(
        `select p.id, v.content from action_plan p join action_plan_version v on v.plan_id = p.id and v.number = p.current_version
          where p.id > ? and exists (select 1 from action_plan_footprint f where f.plan_id = p.id)
          order by p.id limit ${BATCH}`,
        [after],
      )) as { id: string; content: PlanContent }[];
      if (batch.length > 0) {
        await this.execute(
          `insert into action_plan_overlap_profile (plan_id, profile) values ${batch.map(() => '(?, ?::jsonb)').join(', ')}`,
          batch.flatMap((row) => [row.id, JSON.stringify(overlapProfile(row.content))]),
        );
      }
      after = batch.length === BATCH ? batch[batch.length - 1].id : undefined;
    }
  }
}
