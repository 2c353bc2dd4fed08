import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@accord/shared';
import type { CheckedPlan, CheckReferenceData } from '../checks/check';
import type { OverlapCandidate } from '../checks/overlap.check';
import { overlapTopics } from '../checks/overlap.check';
import { RateTable } from '../checks/rate-table';
import type { CheckInputs, CheckNeed } from '../checks/registry';
import { Money } from '../domain/money';
import type { PlanContent } from '../domain/plan-content';

const MAX_AGE_MS = 30_000;
/** The overlap check scores at most this many candidates: the ones sharing the most (country, topic) pairs. */
const MAX_CANDIDATES = 100;

interface Cached {
  reference: CheckReferenceData;
  rates: RateTable;
  loadedAt: number;
}

/**
 * Loads what the checks read. Reference data and rates change rarely and are kept for 30 s; the
 * overlap candidates come from the footprint index, never from a scan of every plan.
 */
@Injectable()
export class CheckDataService {
  private cached?: Promise<Cached>;

  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async referenceAndRates(): Promise<{ reference: CheckReferenceData; rates: RateTable }> {
    const now = Date.now();
    if (!this.cached || now - (await this.cached).loadedAt > MAX_AGE_MS) {
      this.cached = this.load(now).catch((error: unknown) => {
        this.cached = undefined;
        throw error;
      });
    }
    return this.cached;
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

  private async candidates(em: EntityManager, plan: CheckedPlan): Promise<OverlapCandidate[]> {
    const { content } = plan;
    const countries = planCountries(content);
    const topics = overlapTopics(content);
    if (countries.length === 0 || topics.length === 0) return [];
    const rows = await em.execute<{ id: string; lead_partner_code: string; content: PlanContent }[]>(
      `with ranked as (
         select f.plan_id, count(*) as shared
           from action_plan_footprint f
          where f.country = any(?::text[]) and f.topic = any(?::text[])
            and f.period_start <= ? and f.period_end >= ?
            and f.plan_id <> ? and f.lead_partner_code <> ?
          group by f.plan_id
          order by shared desc, f.plan_id
          limit ?)
       select p.id, p.lead_partner_code, v.content
         from ranked r
         join action_plan p on p.id = r.plan_id
         join action_plan_version v on v.plan_id = p.id and v.number = p.current_version
        order by r.shared desc, p.id`,
      [pgArray(countries), pgArray(topics), content.period.end, content.period.start, plan.id, plan.leadPartnerCode, MAX_CANDIDATES],
    );
    return rows.map((row) => ({ id: row.id, leadPartnerCode: row.lead_partner_code, content: row.content }));
  }

  private async otherActiveFunding(em: EntityManager, plan: CheckedPlan): Promise<Map<string, Money>> {
    const rows = await em.execute<{ goal: string; country: string; usd: string }[]>(
      `select goal, country, sum(usd)::text as usd from funding_allocation
        where goal = any(?::text[]) and country = any(?::text[]) and plan_id <> ?
        group by goal, country`,
      [pgArray(plan.content.goals), pgArray(planCountries(plan.content)), plan.id],
    );
    return new Map(rows.map((row) => [`${row.goal}|${row.country}`, Money.of(decimalAmount(row.usd), 'USD')]));
  }

  private async endorsers(em: EntityManager, plan: CheckedPlan): Promise<string[]> {
    const rows = await em.execute<{ partner_code: string }[]>('select partner_code from endorsement where plan_id = ? and version = ?', [plan.id, plan.version]);
    return rows.map((row) => row.partner_code);
  }

  private async load(now: number): Promise<Cached> {
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
      loadedAt: now,
    };
  }
}

/** The plan's countries and its activities' countries: where its money may go. */
function planCountries(content: PlanContent): string[] {
  return [...new Set([...content.countries, ...content.activities.flatMap((activity) => (activity.country ? [activity.country] : []))])];
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
