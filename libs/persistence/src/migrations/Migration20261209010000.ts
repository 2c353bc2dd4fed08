import { Migration } from '@mikro-orm/migrations';

/**
 * Overlaps as a symmetric relation: one row per pair of plan versions (the lower plan id first),
 * written by the review of whichever plan finds the other, read by both plans' results, the
 * coordination gate, the summaries and the clusters. Overlap findings are no longer copied into the
 * earlier plan's result, so the notices that carried them to a check still running go, and so do
 * the findings about other plans that the results held: they become pairs here (the other plan at
 * its current version, the pair dated by the result), and the results keep what is theirs alone.
 * No foreign keys to the plans: a key check takes a share lock on the other plan's row, which the
 * reviews of the plans it is in lock for update, and the pairs of a popular plan waited in line
 * behind them (the bench's samples of pg_stat_activity). Pairs are written only of plans the
 * candidate search found, and plans are never deleted.
 */
export class Migration20261209010000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
      create table plan_overlap (
        plan_a uuid not null,
        version_a integer not null,
        plan_b uuid not null,
        version_b integer not null,
        score integer not null check (score between 0 and 100),
        shared_countries text[] not null,
        shared_sectors text[] not null,
        shared_program_areas text[] not null,
        period_start date not null,
        period_end date not null,
        -- Whether plan a's version supersedes or co-funds plan b (its finding is then info), and the reverse.
        a_links_b boolean not null,
        b_links_a boolean not null,
        -- Whether plan a's version shows this pair: the first written of its pairs with plan b (one for
        -- each version of b), so that what its reviewers were shown does not change when b is revised.
        a_shows boolean not null,
        b_shows boolean not null,
        found_at timestamptz not null default now(),
        primary key (plan_a, version_a, plan_b, version_b),
        check (plan_a < plan_b)
      );
      -- A version's pairs, most overlapping first: its results read the 20 first it shows of each
      -- side; the second also finds the pairs naming a plan as b (a summary's).
      create index plan_overlap_a_score_idx on plan_overlap (plan_a, version_a, score desc, plan_b);
      create index plan_overlap_b_score_idx on plan_overlap (plan_b, version_b, score desc, plan_a);

      with found as (
        select r.plan_id, r.version, (f->>'relatedPlanId')::uuid as related_id, f->'related' as related, coalesce(r.completed_at, now()) as found_at,
               (v.content->'supersedes' @> jsonb_build_array(f->>'relatedPlanId') or v.content->'coFunds' @> jsonb_build_array(f->>'relatedPlanId')) as links
          from check_result r
          join action_plan p on p.id = r.plan_id and p.current_version = r.version
          join action_plan_version v on v.plan_id = r.plan_id and v.number = r.version
         cross join lateral jsonb_array_elements(r.findings) f
         where r.type = 'overlap' and jsonb_typeof(f->'related'->'overlappingPeriod') = 'object'
      ), paired as (
        select f.*, q.current_version as related_version,
               (w.content->'supersedes' @> jsonb_build_array(f.plan_id::text) or w.content->'coFunds' @> jsonb_build_array(f.plan_id::text)) as links_back
          from found f
          join action_plan q on q.id = f.related_id
          join action_plan_version w on w.plan_id = q.id and w.number = q.current_version
      )
      insert into plan_overlap (plan_a, version_a, plan_b, version_b, score, shared_countries, shared_sectors, shared_program_areas, period_start, period_end, a_links_b, b_links_a, a_shows, b_shows, found_at)
      select distinct on (least(plan_id, related_id), greatest(plan_id, related_id))
             least(plan_id, related_id), case when plan_id < related_id then version else related_version end,
             greatest(plan_id, related_id), case when plan_id < related_id then related_version else version end,
             (related->>'score')::int,
             array(select jsonb_array_elements_text(coalesce(related->'sharedCountries', '[]'))),
             array(select jsonb_array_elements_text(coalesce(related->'sharedSectors', '[]'))),
             array(select jsonb_array_elements_text(coalesce(related->'sharedProgramAreas', '[]'))),
             (related->'overlappingPeriod'->>'start')::date, (related->'overlappingPeriod'->>'end')::date,
             case when plan_id < related_id then links else links_back end, case when plan_id < related_id then links_back else links end,
             true, true, found_at
        from paired
       order by least(plan_id, related_id), greatest(plan_id, related_id), found_at;

      update check_result r
         set findings = (select coalesce(jsonb_agg(f), '[]'::jsonb) from jsonb_array_elements(r.findings) f where f->'related' is null),
             status = case when r.status in ('passed', 'warning') then 'passed' else r.status end
       where r.type = 'overlap' and exists (select 1 from jsonb_array_elements(r.findings) f where f->'related' is not null);

      -- A candidate's profile carries the plans it supersedes or co-funds: the side of a pair its check did not write.
      update action_plan_overlap_profile o
         set profile = (o.profile::jsonb || jsonb_build_object('links', coalesce((
               select jsonb_agg(distinct l.id order by l.id)
                 from action_plan p join action_plan_version v on v.plan_id = p.id and v.number = p.current_version
                cross join lateral (select jsonb_array_elements_text(v.content->'supersedes') union select jsonb_array_elements_text(v.content->'coFunds')) as l (id)
                where p.id = o.plan_id), '[]'::jsonb)))::json;

      drop table overlap_notice;
      alter table check_result drop column noticed;
    `);
  }
}
