import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ActionPlanEvent } from '../domain/action-plan-event.entity';
import type { ActionPlanStatus } from '../domain/action-plan-status';
import { checkPlanHistory, type HistoryViolation } from './history-checker';

const PLANS_PER_BATCH = 500;
const MAX_REPORTED = 100;

export interface InvariantResult {
  invariant: string;
  ok: boolean;
  detail: string;
}

export interface AuditReport {
  ok: boolean;
  plansChecked: number;
  eventsChecked: number;
  /** The first row whose hash does not hold, in plan then seq order; null when the chain is whole. */
  firstBrokenLink: HistoryViolation | null;
  violations: HistoryViolation[];
  invariants: InvariantResult[];
}

interface EventRow {
  plan_id: string;
  seq: number;
  type: ActionPlanEvent['type'];
  version: number;
  actor: ActionPlanEvent['actor'];
  data: Record<string, unknown>;
  occurred_at: Date;
  prev_hash: string;
  hash: string;
}

/**
 * Reads the whole recorded history back and checks what the service promises of it: every plan's
 * history gapless, hash-chained up to the head its row records, made of legal transitions and
 * ending in the plan's status, and the cross-table invariants
 * (each approved version approved once, no outbox row left behind, no plan stuck in review, every
 * goal x country total the sum of its allocations, which the budget check reads instead of them).
 */
@Injectable()
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  async verify(options: { stuckAfterMinutes?: number } = {}): Promise<AuditReport> {
    const em = this.em.fork();
    const violations: HistoryViolation[] = [];
    let plansChecked = 0;
    let eventsChecked = 0;
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const plans = await em.execute<{ id: string; last_event_seq: number; last_event_hash: string; status: ActionPlanStatus }[]>(
        'select id, last_event_seq, last_event_hash, status from action_plan where id > ? order by id limit ?',
        [after, PLANS_PER_BATCH],
      );
      if (plans.length === 0) break;
      after = plans[plans.length - 1].id;
      const rows = await em.execute<EventRow[]>(
        `select plan_id, seq, type, version, actor, data, occurred_at, prev_hash, hash
           from action_plan_event where plan_id = any(?::uuid[]) order by plan_id, seq`,
        [`{${plans.map((plan) => plan.id).join(',')}}`],
      );
      const byPlan = new Map<string, EventRow[]>();
      for (const row of rows) byPlan.set(row.plan_id, [...(byPlan.get(row.plan_id) ?? []), row]);
      for (const plan of plans) {
        const history = (byPlan.get(plan.id) ?? []).map((row) => ({
          planId: row.plan_id,
          seq: row.seq,
          type: row.type,
          version: row.version,
          actor: row.actor,
          data: row.data,
          occurredAt: row.occurred_at,
          prevHash: row.prev_hash,
          hash: row.hash,
        }));
        if (history.length === 0) violations.push({ planId: plan.id, seq: 0, invariant: 'GAPLESS', message: 'the plan has no history' });
        violations.push(...checkPlanHistory(history, { lastEventSeq: plan.last_event_seq, lastEventHash: plan.last_event_hash, status: plan.status }));
        eventsChecked += history.length;
      }
      plansChecked += plans.length;
    }
    const invariants = await this.invariants(em, options.stuckAfterMinutes ?? 10);
    return {
      ok: violations.length === 0 && invariants.every((result) => result.ok),
      plansChecked,
      eventsChecked,
      firstBrokenLink: violations.find((violation) => violation.invariant === 'HASH_CHAIN') ?? null,
      violations: violations.slice(0, MAX_REPORTED),
      invariants,
    };
  }

  private async invariants(em: EntityManager, stuckAfterMinutes: number): Promise<InvariantResult[]> {
    const count = async (sql: string, params: unknown[] = []) => Number((await em.execute<{ n: string }[]>(sql, params))[0].n);
    const twiceApproved = await count(
      `select count(*) as n from (select plan_id, version from action_plan_event where type = 'ActionPlanApproved' group by plan_id, version having count(*) > 1) twice`,
    );
    const approvedWithoutEvent = await count(
      `select count(*) as n from action_plan p where p.status = 'approved'
          and not exists (select 1 from action_plan_event e where e.plan_id = p.id and e.type = 'ActionPlanApproved' and e.version = p.current_version)`,
    );
    const unpublished = await count(`select count(*) as n from outbox_message where published_at is null and created_at < now() - (? * interval '1 minute')`, [stuckAfterMinutes]);
    const stuck = await count(
      `select count(*) as n from action_plan where status in ('submitted', 'in_review') and updated_at < now() - (? * interval '1 minute')`,
      [stuckAfterMinutes],
    );
    const decisionsOverApprovals = await count(
      `select count(*) as n from action_plan p where p.status = 'approved'
          and not exists (select 1 from decision d where d.plan_id = p.id and d.version = p.current_version and d.decision = 'approve')`,
    );
    const totalsOff = await count(
      `select count(*) as n from funding_cell c
         full join (select goal, country, sum(usd) as usd from funding_allocation group by goal, country) a using (goal, country)
        where coalesce(c.usd, 0) <> coalesce(a.usd, 0)`,
    );
    return [
      { invariant: 'one approval event per approved version', ok: twiceApproved === 0, detail: `${twiceApproved} versions approved more than once` },
      { invariant: 'every approved plan has its approval event', ok: approvedWithoutEvent === 0, detail: `${approvedWithoutEvent} approved plans without one` },
      { invariant: 'every approved plan has approving decisions', ok: decisionsOverApprovals === 0, detail: `${decisionsOverApprovals} approved plans without an approving decision` },
      { invariant: `no outbox row unpublished after ${stuckAfterMinutes} min`, ok: unpublished === 0, detail: `${unpublished} rows` },
      { invariant: `no plan submitted or in review for over ${stuckAfterMinutes} min`, ok: stuck === 0, detail: `${stuck} plans` },
      { invariant: 'every goal x country total equals the sum of its allocations', ok: totalsOff === 0, detail: `${totalsOff} totals differ from their allocations` },
    ];
  }
}
