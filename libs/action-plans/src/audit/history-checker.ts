import { chainHash, GENESIS_HASH, type ActionPlanEvent } from '../domain/action-plan-event.entity';
import { TRANSITIONS, type ActionPlanStatus } from '../domain/action-plan-status';

export type HistoryRow = Pick<ActionPlanEvent, 'planId' | 'seq' | 'type' | 'version' | 'actor' | 'data' | 'occurredAt' | 'prevHash' | 'hash'>;

export interface HistoryViolation {
  planId: string;
  seq: number;
  invariant: 'HASH_CHAIN' | 'GAPLESS' | 'LEGAL_TRANSITION';
  message: string;
}

const LEGAL = new Set(Object.values(TRANSITIONS).flatMap(({ from, to }) => (from as readonly ActionPlanStatus[]).map((status) => `${status}>${to}`)));

/**
 * Checks one plan's whole history, ordered by seq: numbered 1..n without gaps, each row chained to
 * the previous by its hash (so an altered row is found, and everything after it no longer links),
 * and every status change a transition of the state machine, from the status the plan was in.
 */
export function checkPlanHistory(rows: readonly HistoryRow[]): HistoryViolation[] {
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
  return violations;
}
