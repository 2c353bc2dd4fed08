import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { CoverageRow } from './coverage/coverage';
import { profileOverlap, type OverlapProfile } from '@accord/action-plans';
import type { OverlapEdge, OverlapResolution } from './overlaps/clusters';
import type { PortfolioFilters } from './portfolio-filters';
import { preparedQuery, type Actor } from '@accord/shared';

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

  /**
   * The pairs of active plans whose current overlap results warn of each other (from either side),
   * described by the two plans' current versions: a warning stored while the other plan was on an
   * earlier version keeps what that version shared, so the pair is compared again from the profiles
   * the portfolio index holds of the current ones. A pair that no longer overlaps is dropped. Its
   * resolution is the latest coordination of the approvals of the plans that warned, once each of
   * them has been approved with one.
   */
  async overlapEdges(): Promise<OverlapEdge[]> {
    const em = this.em.fork();
    const warnings = await preparedQuery<{ a: string; b: string }>(
      em,
      `select distinct r.plan_id as a, (f->>'relatedPlanId')::uuid as b
         from check_result r
         join action_plan p on p.id = r.plan_id and p.current_version = r.version
         cross join lateral jsonb_array_elements(r.findings) f
         join action_plan q on q.id = (f->>'relatedPlanId')::uuid
        where r.type = 'overlap' and f->>'severity' = 'warning'
          and p.status in ${ACTIVE} and q.status in ${ACTIVE}`,
      [],
    );
    if (warnings.length === 0) return [];
    const ids = [...new Set(warnings.flatMap(({ a, b }) => [a, b]))];
    const [profiles, coordinations] = await Promise.all([
      preparedQuery<{ plan_id: string; profile: OverlapProfile }>(em, 'select plan_id, profile from action_plan_overlap_profile where plan_id = any($1::uuid[])', [ids]),
      preparedQuery<{ plan_id: string; coordination: Pick<OverlapResolution, 'action' | 'note'>; decided_at: Date }>(
        em,
        `select distinct on (d.plan_id) d.plan_id, d.coordination, d.created_at as decided_at
           from decision d join action_plan p on p.id = d.plan_id and p.current_version = d.version
          where d.plan_id = any($1::uuid[]) and p.status = 'approved' and d.decision = 'approve' and d.coordination is not null
          order by d.plan_id, d.created_at desc`,
        [ids],
      ),
    ]);
    const profileOf = new Map(profiles.map((row) => [row.plan_id, row.profile]));
    const resolutionOf = new Map(
      coordinations.map((row) => [row.plan_id, { action: row.coordination.action, note: row.coordination.note, decidedAt: new Date(row.decided_at).toISOString() }]),
    );
    const warners = new Map<string, { a: string; b: string; by: string[] }>();
    for (const { a, b } of warnings) {
      const [first, second] = a < b ? [a, b] : [b, a];
      const key = `${first}|${second}`;
      const pair = warners.get(key) ?? { a: first, b: second, by: [] };
      pair.by.push(a);
      warners.set(key, pair);
    }
    return [...warners.values()].flatMap(({ a, b, by }) => {
      const [profileA, profileB] = [profileOf.get(a), profileOf.get(b)];
      if (!profileA || !profileB) return [];
      const { score, ...shared } = profileOverlap(profileA, profileB);
      if (score === 0) return [];
      const resolutions = by.map((id) => resolutionOf.get(id));
      const resolution = resolutions.every((found) => found !== undefined)
        ? resolutions.reduce((latest, found) => (found.decidedAt > latest.decidedAt ? found : latest))
        : null;
      return [{ a, b, score, ...shared, resolution }];
    });
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
