import { chainHash, GENESIS_HASH, type ActionPlanEvent } from '../domain/action-plan-event.entity';
import { TRANSITIONS, type ActionPlanStatus } from '../domain/action-plan-status';
import type { ActionPlan } from '../domain/action-plan.entity';

export type HistoryRow = Pick<ActionPlanEvent, 'planId' | 'seq' | 'type' | 'version' | 'actor' | 'data' | 'occurredAt' | 'prevHash' | 'hash'>;

export interface HistoryViolation {
  planId: string;
  seq: number;
  invariant: 'HASH_CHAIN' | 'GAPLESS' | 'LEGAL_TRANSITION' | 'CURRENT_STATUS';
  message: string;
}

/** What the plan's own row says of its history: the last event's number and hash, and the status. */
export type PlanHead = Pick<ActionPlan, 'lastEventSeq' | 'lastEventHash' | 'status'>;

const LEGAL = new Set(Object.values(TRANSITIONS).flatMap(({ from, to }) => (from as readonly ActionPlanStatus[]).map((status) => `${status}>${to}`)));

/**
 * Checks one plan's whole history, ordered by seq: numbered 1..n without gaps, each row chained to
 * the previous by its hash (so an altered row is found, and everything after it no longer links),
 * and every status change a transition of the state machine, from the status the plan was in. The
 * plan's row holds the head of the chain: the history must end at the event it names (so a removed
 * last event is found too), in the status the plan is in.
 */
export function checkPlanHistory(rows: readonly HistoryRow[], head: PlanHead): HistoryViolation[] {
  const violations: HistoryViolation[] = [];
  let prev = GENESIS_HASH;
  let status: string | undefined;
  rows.forEach((row, index) => {
    const at = { planId: row.planId, seq: row.seq };
    if (row.seq !== index + 1) violations.push({ ...at, invariant: 'GAPLESS', message: `event ${index + 1} has seq ${row.seq}` });
    if (row.prevHash !== prev) violations.push({ ...at, invariant: 'HASH_CHAIN', message: 'does not link to the previous event' });
    if (chainHash(row.prevHash, row) !== row.hash) violations.push({ ...at, invariant: 'HASH_CHAIN', message: 'its content does not match its hash: the row was altered' });
    prev = row.hash;

    const to = row.data.status as string | undefined;
    if (to === undefined) return;
    if (status === undefined) {
      if (row.type !== 'ActionPlanCreated' || to !== 'draft') violations.push({ ...at, invariant: 'LEGAL_TRANSITION', message: `a plan starts as a draft, not ${to}` });
    } else if (row.data.from !== status || !LEGAL.has(`${status}>${to}`)) {
      violations.push({ ...at, invariant: 'LEGAL_TRANSITION', message: `${String(row.data.from)} → ${to} while the plan was ${status}` });
    }
    status = to;
  });

  const planId = rows[0]?.planId;
  const last = rows.at(-1);
  if (planId !== undefined && (head.lastEventSeq !== rows.length || head.lastEventHash !== last?.hash)) {
    violations.push({ planId, seq: head.lastEventSeq, invariant: 'HASH_CHAIN', message: `the plan records event ${head.lastEventSeq} as its last, and its history ends at event ${rows.length} with another hash` });
  }
  if (planId !== undefined && status !== head.status) {
    violations.push({ planId, seq: rows.length, invariant: 'CURRENT_STATUS', message: `the plan is ${head.status}, and its history leaves it ${status ?? 'without a status'}` });
  }
  return violations;
}
