import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '@accord/shared';
import { ThreadReader } from '../../threads/thread-reader';
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
  checks: ReviewQueueItem['checks'] | null;
  approvals: ReviewQueueItem['approvals'] | null;
  requests_for_changes: number;
  open_threads: number;
  change_request: { version: number; threads: string[] } | null;
}

/**
 * Oldest wait first, in one query: the check summary, the approvals and the last request for
 * changes come as JSON aggregates; a second reads what the cited threads' fields hold, for the plans
 * whose last request cited some.
 */
@QueryHandler(GetReviewQueueQuery)
export class GetReviewQueueHandler implements IQueryHandler<GetReviewQueueQuery> {
  constructor(
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly threads: ThreadReader,
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
              (select json_agg(json_build_object('type', r.type, 'status', r.status, 'score', r.score)
                        order by array_position(array['completeness', 'alignment', 'overlap', 'budget', 'endorsement'], r.type))
                 from check_result r where r.plan_id = p.id and r.version = p.current_version) as checks,
              (select json_agg(json_build_object('reviewerId', d.reviewer_id, 'affiliation', d.affiliation, 'decidedAt', d.created_at) order by d.created_at)
                 from decision d where d.plan_id = p.id and d.version = p.current_version and d.decision = 'approve') as approvals,
              (select count(*)::int from decision d where d.plan_id = p.id and d.decision = 'request_changes') as requests_for_changes,
              (select count(*)::int from action_plan_thread t where t.plan_id = p.id and t.status = 'open') as open_threads,
              (select json_build_object('version', d.version, 'threads', d.threads)
                 from decision d where d.plan_id = p.id and d.decision = 'request_changes' order by d.version desc, d.created_at desc limit 1) as change_request
         from action_plan p
        where ${where.join(' and ')}
        order by p.awaiting_since, p.id
        limit ?`,
      [...params, limit + 1],
    );
    const now = Date.now();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const cited = await this.threads.cited(
      em,
      page.flatMap((row) => (row.change_request ? [{ planId: row.id, currentVersion: row.current_version, version: row.change_request.version, threads: row.change_request.threads }] : [])),
    );
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
        checks: row.checks ?? [],
        approvals: (row.approvals ?? []).map((approval) => ({ ...approval, decidedAt: new Date(approval.decidedAt).toISOString() })),
        approvalsRequired: this.config.approvalsRequired,
        round: row.requests_for_changes + 1,
        openThreads: row.open_threads,
        citedThreads: cited.get(row.id) ?? [],
      })),
      nextCursor: rows.length > limit && last ? `${new Date(last.awaiting_since).toISOString()}|${last.id}` : null,
    };
  }
}
