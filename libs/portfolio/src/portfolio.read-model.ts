import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { CoverageRow } from './coverage/coverage';
import type { OverlapEdge } from './overlaps/clusters';
import type { PortfolioFilters } from './portfolio-filters';
import type { Actor } from '@accord/shared';

const ACTIVE = `('submitted', 'in_review', 'awaiting_decision', 'approved')`;

/**
 * The portfolio's reads, all from the indexes the workflow keeps: `funding_allocation` (each active
 * plan's money over goal x country, so a plan is never counted twice) and the overlap results.
 */
@Injectable()
export class PortfolioReadModel {
  constructor(private readonly em: EntityManager) {}

  async codes(kind: 'goal' | 'country'): Promise<string[]> {
    const rows = await this.em.fork().execute<{ code: string }[]>('select code from reference_code where kind = ? order by code', [kind]);
    return rows.map((row) => row.code);
  }

  /**
   * Active plans' money by goal x country. For a partner, plans not yet approved count only when it
   * leads or takes part in them: the others do not exist for it, and a cell with one of them would
   * give away its lead and budget.
   */
  async coverageRows(filters: PortfolioFilters, actor: Actor): Promise<CoverageRow[]> {
    const where = [`p.status in ${ACTIVE}`];
    const params: unknown[] = [];
    if (actor.role === 'partner') {
      where.push(`(p.status = 'approved' or p.partner_codes @> array[?]::text[])`);
      params.push(actor.partnerCode ?? '');
    }
    if (filters.partner) {
      where.push('p.partner_codes @> array[?]::text[]');
      params.push(filters.partner);
    }
    if (filters.programArea) {
      where.push(`v.content->'programAreas' @> jsonb_build_array(?::text)`);
      params.push(filters.programArea);
    }
    if (filters.from) {
      where.push(`(v.content->'period'->>'end') >= ?`);
      params.push(filters.from);
    }
    if (filters.to) {
      where.push(`(v.content->'period'->>'start') <= ?`);
      params.push(filters.to);
    }
    // The versions' content is read only for a filter on it: at 100,000 plans the join alone read
    // every current version (160 MB) for the unfiltered views.
    const byContent = Boolean(filters.programArea || filters.from || filters.to);
    // unnest ... with ordinality: partners are collected from every row, plans and money from the first only.
    return this.em.fork().execute<CoverageRow[]>(
      `select fa.goal, fa.country, p.status = 'approved' as approved,
              count(*) filter (where u.n = 1)::int as plans,
              array_agg(distinct u.code) as partners,
              coalesce(sum(fa.usd) filter (where u.n = 1), 0)::numeric(30, 2)::text as usd
         from funding_allocation fa
         join action_plan p on p.id = fa.plan_id
         ${byContent ? 'join action_plan_version v on v.plan_id = p.id and v.number = p.current_version' : ''}
         cross join lateral unnest(p.partner_codes) with ordinality as u(code, n)
        where ${where.join(' and ')}
        group by fa.goal, fa.country, p.status = 'approved'`,
      params,
    );
  }

  /** Overlap warnings between two active plans, from the current versions' overlap results. */
  async overlapEdges(): Promise<OverlapEdge[]> {
    const rows = await this.em.fork().execute<{ a: string; b: string; related: Record<string, unknown> }[]>(
      `select r.plan_id as a, f->>'relatedPlanId' as b, f->'related' as related
         from check_result r
         join action_plan p on p.id = r.plan_id and p.current_version = r.version
         cross join lateral jsonb_array_elements(r.findings) f
         join action_plan q on q.id = (f->>'relatedPlanId')::uuid
        where r.type = 'overlap' and f->>'severity' = 'warning'
          and p.status in ${ACTIVE} and q.status in ${ACTIVE}`,
    );
    return rows.map(({ a, b, related }) => ({
      a,
      b,
      score: Number(related?.score ?? 0),
      sharedCountries: (related?.sharedCountries as string[]) ?? [],
      sharedSectors: (related?.sharedSectors as string[]) ?? [],
      sharedProgramAreas: (related?.sharedProgramAreas as string[]) ?? [],
      overlappingPeriod: (related?.overlappingPeriod as OverlapEdge['overlappingPeriod']) ?? null,
    }));
  }

  async plansOf(
    ids: readonly string[],
  ): Promise<{ id: string; title: string; lead_partner_code: string; status: string; partner_codes: string[]; countries: string[]; co_funds: string[]; usd: string }[]> {
    if (ids.length === 0) return [];
    return this.em.fork().execute(
      `select p.id, p.title, p.lead_partner_code, p.status, p.partner_codes, p.countries,
              coalesce(array(select jsonb_array_elements_text(v.content->'coFunds')), '{}') as co_funds,
              coalesce((select sum(usd) from funding_allocation fa where fa.plan_id = p.id), 0)::numeric(30, 2)::text as usd
         from action_plan p
         join action_plan_version v on v.plan_id = p.id and v.number = p.current_version
        where p.id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
  }
}
