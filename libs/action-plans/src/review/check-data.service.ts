import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, preparedQuery, RefreshingValue, type AppConfig } from '@accord/shared';
import type { CheckedPlan, CheckReferenceData } from '../checks/check';
import { OVERLAP_WEIGHTS, overlapCountries, overlapTopics, type OverlapCandidate, type OverlapProfile } from '../checks/overlap.check';
import { RateTable } from '../checks/rate-table';
import type { CheckInputs, CheckNeed } from '../checks/registry';
import { Money } from '../domain/money';
import type { PlanContent } from '../domain/plan-content';

const MAX_AGE_MS = 30_000;
/** The overlap check scores at most this many candidates. */
const MAX_CANDIDATES = 100;
/**
 * Footprint rows read on each side of the plan's end date, per (country, topic) pair of the plan (at
 * most, and fewer when its pairs are many, so no more than `NEAREST_PAIR_ROWS` in all) and per
 * country among the plans with exactly its topics: what bounds the candidate search. Measured on the
 * bench's portfolios, these find every near copy and more of the highest-scoring overlaps than
 * counting the shared pairs of the whole portfolio did.
 */
const NEAREST_PER_PAIR = 100;
const NEAREST_PAIR_ROWS = 600;
const NEAREST_SAME_TOPICS = 100;
/**
 * Of the rows ending after the plan, those that also start after it are no candidates; reading at
 * most this many times the limit of them keeps a plan that ends before most of the portfolio begins
 * from reading every row of its pairs.
 */
const AFTER_END_READS = 4;

export interface ReferenceAndRates {
  reference: CheckReferenceData;
  rates: RateTable;
}

/**
 * Loads what the checks read. Reference data and rates change rarely and are kept for 30 s; the
 * overlap candidates come from the footprint index, never from a scan of every plan.
 */
@Injectable()
export class CheckDataService {
  private readonly logger = new Logger(CheckDataService.name);
  private readonly referenceData = new RefreshingValue(() => this.load(), {
    maxAgeMs: MAX_AGE_MS,
    onRefreshError: (error) => this.logger.warn(`reference data and rates not refreshed: ${error.message}`),
  });

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Reference data and rates, reloaded when 30 s old, an expired copy answered meanwhile
   * (`RefreshingValue`), so only the very first call waits. A load takes pooled connections, and
   * callers inside a transaction hold one while they wait: when all of the pool's were held by review
   * starts waiting for the same load, nothing moved until the pool's acquire timeout, a minute (seen
   * in the bench). Callers in a transaction therefore also fetch this before they begin it.
   */
  referenceAndRates(): Promise<ReferenceAndRates> {
    return this.referenceData.get();
  }

  async inputs(em: EntityManager, plan: CheckedPlan, needs: readonly CheckNeed[]): Promise<CheckInputs> {
    const { reference, rates } = await this.referenceAndRates();
    const [candidates, otherActiveUsd, endorsedBy] = await Promise.all([
      needs.includes('candidates') ? this.candidates(em, plan) : [],
      needs.includes('funding') ? this.otherActiveFunding(em, plan) : new Map<string, Money>(),
      needs.includes('endorsements') ? this.endorsers(em, plan) : [],
    ]);
    return {
      plan,
      reference,
      rates,
      candidates,
      otherActiveUsd,
      endorsedBy,
      options: {
        overlapWarningThreshold: this.config.overlapWarningThreshold,
        envelopeUsd: Money.of(this.config.budgetEnvelopeUsd, 'USD'),
        minUsd: Money.of(this.config.budgetMinUsd, 'USD'),
        maxUsd: Money.of(this.config.budgetMaxUsd, 'USD'),
      },
    };
  }

  /**
   * The active plans of other leads nearest the plan, in bounded time: for each (country, topic) pair
   * of the plan, the footprint rows ending nearest its end on either side; for each of its countries,
   * the plans with exactly its topics (where duplicates are) nearest it likewise; of those, the ones
   * scoring highest on the country, topic and period terms of the overlap score. The rows read grow
   * with the plan's pairs, not with the portfolio; where none of its pairs has more rows on a side
   * than are read there, nothing a full scan would find is missed. The profiles are read by key, one
   * per candidate, in a subquery the planner cannot turn into a join: as a join it chose to read every
   * profile and hash them (311 pages at 2,567 plans), a cost that grew with the portfolio.
   */
  private async candidates(em: EntityManager, plan: CheckedPlan): Promise<OverlapCandidate[]> {
    const { content } = plan;
    const countries = overlapCountries(content);
    const topics = overlapTopics(content);
    if (countries.length === 0 || topics.length === 0) return [];
    const { start, end } = content.period;
    const nearest = (key: string, keyParams: unknown[], limit: number): [string, unknown[]] => [
      `(select * from (select f.plan_id, f.lead_partner_code, f.period_start, f.period_end, f.countries, f.topics from action_plan_footprint f
                        where ${key} and f.period_end >= ? and f.plan_id <> ? and f.lead_partner_code <> ?
                        order by f.period_end limit ${limit * AFTER_END_READS}) f
         where f.period_start <= ? order by f.period_end limit ${limit})
       union all
       (select f.plan_id, f.lead_partner_code, f.period_start, f.period_end, f.countries, f.topics from action_plan_footprint f
         where ${key} and f.period_end < ? and f.period_end >= ? and f.plan_id <> ? and f.lead_partner_code <> ?
         order by f.period_end desc limit ${limit})`,
      [...keyParams, end, plan.id, plan.leadPartnerCode, end, ...keyParams, end, start, plan.id, plan.leadPartnerCode],
    ];
    const perPair = Math.min(NEAREST_PER_PAIR, Math.ceil(NEAREST_PAIR_ROWS / (countries.length * topics.length)));
    const [byPair, byPairParams] = nearest('f.country = c.country and f.topic = t.topic', [], perPair);
    // topic = topics[1]: the same-topics index holds that one row of each plan and country.
    const [byTopics, byTopicsParams] = nearest('f.country = c.country and f.topics = ?::text[] and f.topic = f.topics[1]', [pgArray(topics)], NEAREST_SAME_TOPICS);
    // One containment test per code of the plan costs less per row than intersecting the arrays.
    const shared = (column: string, codes: string[]) => codes.map(() => `(n.${column} @> array[?::text])::int`).join(' + ');
    const weight = OVERLAP_WEIGHTS;
    const rows = await preparedQuery<{ id: string; lead_partner_code: string; profile: OverlapProfile }>(
      em,
      numbered(`with near as (
         select f.* from unnest(?::text[]) as c (country) cross join unnest(?::text[]) as t (topic) cross join lateral (${byPair}) f
         union all
         select f.* from unnest(?::text[]) as c (country) cross join lateral (${byTopics}) f
       ), ranked as (
         select n.plan_id, n.lead_partner_code,
                max(${weight.countries} * s.countries / (cardinality(n.countries) + ${countries.length} - s.countries)
                  + ${weight.topics} * s.topics / (cardinality(n.topics) + ${topics.length} - s.topics)
                  + ${weight.period} * (least(n.period_end, ?::date) - greatest(n.period_start, ?::date) + 1)::float8
                    / (least(n.period_end - n.period_start, ?::date - ?::date) + 1)) as closeness
           from near n
          cross join lateral (select (${shared('countries', countries)})::float8 as countries, (${shared('topics', topics)})::float8 as topics) s
          group by n.plan_id, n.lead_partner_code
          order by closeness desc, n.plan_id
          limit ${MAX_CANDIDATES})
       select r.plan_id as id, r.lead_partner_code, (select o.profile from action_plan_overlap_profile o where o.plan_id = r.plan_id) as profile
         from ranked r
        order by r.closeness desc, r.plan_id`),
      [
        ...[pgArray(countries), pgArray(topics), ...byPairParams],
        ...[pgArray(countries), ...byTopicsParams],
        ...[end, start, end, start, ...countries, ...topics],
      ],
    );
    return rows.map((row) => ({ id: row.id, leadPartnerCode: row.lead_partner_code, profile: row.profile }));
  }

  private async otherActiveFunding(em: EntityManager, plan: CheckedPlan): Promise<Map<string, Money>> {
    const rows = await preparedQuery<{ goal: string; country: string; usd: string }>(
      em,
      `select c.goal, c.country, (c.usd - coalesce(own.usd, 0))::text as usd from funding_cell c
         left join funding_allocation own on own.plan_id = $1 and own.goal = c.goal and own.country = c.country
        where c.goal = any($2::text[]) and c.country = any($3::text[])`,
      [plan.id, plan.content.goals, planCountries(plan.content)],
    );
    return new Map(rows.map((row) => [`${row.goal}|${row.country}`, Money.ofStored(decimalAmount(row.usd), 'USD')]));
  }

  private async endorsers(em: EntityManager, plan: CheckedPlan): Promise<string[]> {
    const rows = await preparedQuery<{ partner_code: string }>(em, 'select partner_code from endorsement where plan_id = $1 and version = $2', [plan.id, plan.version]);
    return rows.map((row) => row.partner_code);
  }

  private async load(): Promise<ReferenceAndRates> {
    const em = this.em.fork();
    const [codes, partners, rates] = await Promise.all([
      em.execute<{ kind: string; code: string; goals: string[] }[]>(`select kind, code, goals from reference_code where kind in ('dac_sector', 'program_area')`),
      em.execute<{ code: string; kind: string; country: string | null }[]>('select code, kind, country from partner'),
      em.execute<{ currency: string; valid_from: string; usd_per_unit: string }[]>(`select currency, to_char(valid_from, 'YYYY-MM-DD') as valid_from, usd_per_unit::text from exchange_rate`),
    ]);
    const goalsOf = (kind: string) => new Map(codes.filter((row) => row.kind === kind).map((row) => [row.code, row.goals]));
    return {
      reference: {
        sectorGoals: goalsOf('dac_sector'),
        programAreaGoals: goalsOf('program_area'),
        partners: new Map(partners.map((row) => [row.code, { kind: row.kind, country: row.country }])),
      },
      rates: new RateTable(rates.map((row) => ({ currency: row.currency, validFrom: row.valid_from, usdPerUnit: row.usd_per_unit }))),
    };
  }
}

/** The plan's countries and its activities' countries: where its money may go. */
function planCountries(content: PlanContent): string[] {
  return [...new Set([...content.countries, ...content.activities.flatMap((activity) => (activity.country ? [activity.country] : []))])];
}

/** `?` placeholders numbered `$1`, `$2`… in order, for a statement assembled from parts; no `?` operator may appear in it. */
function numbered(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/** A PostgreSQL array literal; codes never contain commas, quotes or braces. */
export function pgArray(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}

/** numeric sums come back with any number of places; Money takes two. */
function decimalAmount(value: string): string {
  const [units, fraction = ''] = value.split('.');
  return fraction ? `${units}.${fraction.slice(0, 2)}` : units;
}
