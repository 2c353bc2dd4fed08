import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedQuery } from '@accord/shared';
import { allocate } from '../checks/allocation';
import { overlapCountries, overlapFootprint, overlapProfile, overlapTopics } from '../checks/overlap.check';
import type { PlanContent } from '../domain/plan-content';
import { pgArray, type ReferenceAndRates } from './check-data.service';

/**
 * The indexes of the active portfolio, kept in the transaction of the state change that makes a
 * plan active or not: its footprint (country x topic, what the overlap check searches) with its
 * overlap profile (what the check scores a candidate on), and its money split over goal x country
 * (what the portfolio adds up) with the cells' totals (what the budget check reads).
 */
@Injectable()
export class PortfolioIndex {
  /**
   * The deletes in one statement and the inserts in another: two round trips, not four, on every
   * review start. `referenceAndRates` is fetched by the caller before its transaction begins (see
   * `CheckDataService.referenceAndRates`).
   */
  async add(em: EntityManager, plan: { id: string; leadPartnerCode: string }, content: PlanContent, { reference, rates }: ReferenceAndRates): Promise<void> {
    await this.remove(em, plan.id);
    const inserts: { sql: string; params: unknown[] }[] = [];
    const footprint = overlapFootprint(content);
    if (footprint.length > 0) {
      const [countries, topics] = [pgArray(overlapCountries(content)), pgArray(overlapTopics(content))];
      inserts.push(
        { sql: 'insert into action_plan_overlap_profile (plan_id, profile) values (?, ?::json)', params: [plan.id, JSON.stringify(overlapProfile(content))] },
        {
          sql: `insert into action_plan_footprint (plan_id, country, topic, lead_partner_code, period_start, period_end, countries, topics)
                values ${footprint.map(() => '(?, ?, ?, ?, ?, ?, ?::text[], ?::text[])').join(', ')}`,
          params: footprint.flatMap(({ country, topic }) => [plan.id, country, topic, plan.leadPartnerCode, content.period.start, content.period.end, countries, topics]),
        },
      );
    }
    const { allocations } = allocate(content, rates, reference);
    if (allocations.length > 0) {
      inserts.push(
        {
          sql: `insert into funding_allocation (plan_id, goal, country, usd) values ${allocations.map(() => '(?, ?, ?, ?)').join(', ')}`,
          params: allocations.flatMap(({ goal, country, usd }) => [plan.id, goal, country, usd.amount]),
        },
        {
          sql: `${CELLS_UPSERT} select * from (values ${allocations.map(() => '(?, ?, ?::numeric)').join(', ')}) as a (goal, country, usd) order by goal, country ${CELLS_CONFLICT}`,
          params: allocations.flatMap(({ goal, country, usd }) => [goal, country, usd.amount]),
        },
      );
    }
    if (inserts.length === 0) return;
    await em.execute(
      `with ${inserts.map((insert, i) => `i${i} as (${insert.sql})`).join(', ')} select 1`,
      inserts.flatMap((insert) => insert.params),
    );
  }

  async remove(em: EntityManager, planId: string): Promise<void> {
    await preparedQuery(
      em,
      `with profile as (delete from action_plan_overlap_profile where plan_id = $1), footprint as (delete from action_plan_footprint where plan_id = $1),
            allocation as (delete from funding_allocation where plan_id = $1 returning goal, country, usd)
       ${CELLS_UPSERT} select goal, country, -usd from allocation order by goal, country ${CELLS_CONFLICT}`,
      [planId],
    );
  }
}

/**
 * Adds to the cells' totals. The rows come sorted, so every statement locks the cells it changes in
 * the same order and two of them cannot deadlock each other.
 */
const CELLS_UPSERT = 'insert into funding_cell (goal, country, usd)';
const CELLS_CONFLICT = 'on conflict (goal, country) do update set usd = funding_cell.usd + excluded.usd';
