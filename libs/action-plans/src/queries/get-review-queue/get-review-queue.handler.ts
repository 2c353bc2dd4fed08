import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@accord/shared';
import { resultKey } from '../../checks/check';
import { CHECKS } from '../../checks/registry';
import { checkDatabase } from '../../review/check-data.service';
import { shownResults } from '../../review/check-results';
import { GetReviewQueueQuery, type ReviewQueueItem, type ReviewQueuePage } from './get-review-queue.query';

interface Row {
  id: string;
  title: string;
  lead_partner_code: string;
  partner_codes: string[];
  countries: string[];
  goals: string[];
  current_version: number;
  recommendation: string | null;
  awaiting_since: Date;
  overdue_at: Date | null;
  approvals: ReviewQueueItem['approvals'] | null;
}

/** Oldest wait first: the approvals come as a JSON aggregate, the check summary as every view of the results shows them. */
@QueryHandler(GetReviewQueueQuery)
export class GetReviewQueueHandler implements IQueryHandler<GetReviewQueueQuery> {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ filters, limit, after }: GetReviewQueueQuery): Promise<ReviewQueuePage> {
    const where = [`p.status = 'awaiting_decision'`];
    const params: unknown[] = [];
    if (filters.country) {
      where.push('p.countries @> array[?]::text[]');
      params.push(filters.country);
    }
    if (filters.goal) {
      where.push('p.goals @> array[?]::text[]');
      params.push(filters.goal);
    }
    if (filters.partner) {
      where.push('p.partner_codes @> array[?]::text[]');
      params.push(filters.partner);
    }
    if (after) {
      where.push('(p.awaiting_since, p.id) > (?::timestamptz, ?::uuid)');
      params.push(after.awaitingSince, after.id);
    }
    const em = this.em.fork();
    const rows = await em.execute<Row[]>(
      `select p.id, p.title, p.lead_partner_code, p.partner_codes, p.countries, p.goals, p.current_version,
              p.recommendation, p.awaiting_since, p.overdue_at,
              (select json_agg(json_build_object('reviewerId', d.reviewer_id, 'affiliation', d.affiliation, 'decidedAt', d.created_at) order by d.created_at)
                 from decision d where d.plan_id = p.id and d.version = p.current_version and d.decision = 'approve') as approvals
         from action_plan p
        where ${where.join(' and ')}
        order by p.awaiting_since, p.id
        limit ?`,
      [...params, limit + 1],
    );
    const now = Date.now();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const results = await shownResults(checkDatabase(em), CHECKS, page.map((row) => ({ planId: row.id, version: row.current_version })), this.config);
    return {
      items: page.map((row) => ({
        id: row.id,
        title: row.title,
        leadPartner: row.lead_partner_code,
        partners: row.partner_codes,
        countries: row.countries,
        goals: row.goals,
        version: row.current_version,
        recommendation: row.recommendation,
        awaitingSince: new Date(row.awaiting_since).toISOString(),
        ageSeconds: Math.floor((now - new Date(row.awaiting_since).getTime()) / 1000),
        overdue: row.overdue_at !== null,
        checks: (results.get(resultKey({ planId: row.id, version: row.current_version })) ?? []).map(({ type, status, score }) => ({ type, status, score })),
        approvals: (row.approvals ?? []).map((approval) => ({ ...approval, decidedAt: new Date(approval.decidedAt).toISOString() })),
        approvalsRequired: this.config.approvalsRequired,
      })),
      nextCursor: rows.length > limit && last ? `${new Date(last.awaiting_since).toISOString()}|${last.id}` : null,
    };
  }
}
