import { SYSTEM_ACTOR, type Actor } from '@accord/shared';
import { ActionPlanEvent, GENESIS_HASH } from '../domain/action-plan-event.entity';
import { ActionPlan } from '../domain/action-plan.entity';
import { canonicalPlanContent } from '../domain/plan-content';
import { checkPlanHistory, type HistoryRow, type PlanHead } from './history-checker';

const lead: Actor = { kind: 'api_key', id: 'k', role: 'partner', partnerCode: 'US' };

/** A plan's history as the aggregate wrote it, and the head its row keeps. */
function written(): { rows: HistoryRow[]; head: PlanHead } {
  const plan = ActionPlan.create(
    'US',
    canonicalPlanContent({ title: 'T', countries: ['HN'], goals: ['SAFE_STREETS'], period: { start: '2027-01-01', end: '2027-12-31' }, activities: [{ title: 'A' }], budget: { amount: '1', currency: 'USD' } }),
    lead,
  );
  plan.submit(lead);
  plan.startReview(SYSTEM_ACTOR);
  plan.completeReview('approve', SYSTEM_ACTOR);
  const rows = plan.pullChanges().events.map((event) => ({ ...event, data: JSON.parse(JSON.stringify(event.data)) }));
  return { rows, head: { lastEventSeq: plan.lastEventSeq, lastEventHash: plan.lastEventHash, status: plan.status } };
}

describe('checkPlanHistory', () => {
  it('finds nothing wrong with a history the aggregate wrote', () => {
    const { rows, head } = written();
    expect(checkPlanHistory(rows, head)).toEqual([]);
  });

  it('finds a row altered behind the service’s back, and the first broken link is that row', () => {
    const { rows, head } = written();
    rows[1] = { ...rows[1], data: { ...rows[1].data, status: 'approved' } };
    const violations = checkPlanHistory(rows, head);
    expect(violations[0]).toMatchObject({ seq: 2, invariant: 'HASH_CHAIN', message: expect.stringMatching(/altered/) });
  });

  it('finds a missing row', () => {
    const { rows, head } = written();
    rows.splice(1, 1);
    expect(checkPlanHistory(rows, head).map((violation) => violation.invariant)).toEqual(expect.arrayContaining(['GAPLESS', 'HASH_CHAIN', 'LEGAL_TRANSITION']));
  });

  it('finds the last row missing, by the head the plan’s row keeps', () => {
    const { rows, head } = written();
    rows.pop();
    expect(checkPlanHistory(rows, head)).toEqual([
      { planId: rows[0].planId, seq: 4, invariant: 'HASH_CHAIN', message: 'the plan records event 4 as its last, and its history ends at event 3 with another hash' },
      { planId: rows[0].planId, seq: 3, invariant: 'CURRENT_STATUS', message: 'the plan is awaiting_decision, and its history leaves it in_review' },
    ]);
  });

  it('finds a status changed without its event', () => {
    const { rows, head } = written();
    expect(checkPlanHistory(rows, { ...head, status: 'approved' })).toEqual([
      { planId: rows[0].planId, seq: 4, invariant: 'CURRENT_STATUS', message: 'the plan is approved, and its history leaves it awaiting_decision' },
    ]);
  });

  it('finds an illegal transition even when the chain was rebuilt', () => {
    const now = new Date();
    const created = new ActionPlanEvent('p', 1, 'ActionPlanCreated', 1, lead, { status: 'draft' }, now, GENESIS_HASH);
    const approved = new ActionPlanEvent('p', 2, 'ActionPlanApproved', 1, lead, { from: 'draft', status: 'approved' }, now, created.hash);
    expect(checkPlanHistory([created, approved], { lastEventSeq: 2, lastEventHash: approved.hash, status: 'approved' })).toEqual([expect.objectContaining({ seq: 2, invariant: 'LEGAL_TRANSITION', message: 'draft → approved while the plan was draft' })]);
  });
});
