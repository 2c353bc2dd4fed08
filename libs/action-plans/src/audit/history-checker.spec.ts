import { SYSTEM_ACTOR, type Actor } from '@accord/shared';
import { ActionPlanEvent, GENESIS_HASH } from '../domain/action-plan-event.entity';
import { ActionPlan } from '../domain/action-plan.entity';
import { canonicalPlanContent } from '../domain/plan-content';
import { checkPlanHistory, type HistoryRow } from './history-checker';

const lead: Actor = { kind: 'api_key', id: 'k', role: 'partner', partnerCode: 'US' };

function history(): HistoryRow[] {
  const plan = ActionPlan.create(
    'US',
    canonicalPlanContent({ title: 'T', countries: ['HN'], goals: ['SAFE_STREETS'], period: { start: '2027-01-01', end: '2027-12-31' }, activities: [{ title: 'A' }], budget: { amount: '1', currency: 'USD' } }),
    lead,
  );
  plan.submit(lead);
  plan.startReview(SYSTEM_ACTOR);
  plan.completeReview('approve', SYSTEM_ACTOR);
  return plan.pullChanges().events.map((event) => ({ ...event, data: JSON.parse(JSON.stringify(event.data)) }));
}

describe('checkPlanHistory', () => {
  it('finds nothing wrong with a history the aggregate wrote', () => {
    expect(checkPlanHistory(history())).toEqual([]);
  });

  it('finds a row altered behind the service’s back, and the first broken link is that row', () => {
    const rows = history();
    rows[1] = { ...rows[1], data: { ...rows[1].data, status: 'approved' } };
    const violations = checkPlanHistory(rows);
    expect(violations[0]).toMatchObject({ seq: 2, invariant: 'HASH_CHAIN', message: expect.stringMatching(/altered/) });
  });

  it('finds a missing row', () => {
    const rows = history();
    rows.splice(1, 1);
    expect(checkPlanHistory(rows).map((violation) => violation.invariant)).toEqual(expect.arrayContaining(['GAPLESS', 'HASH_CHAIN', 'LEGAL_TRANSITION']));
  });

  it('finds an illegal transition even when the chain was rebuilt', () => {
    const now = new Date();
    const created = new ActionPlanEvent('p', 1, 'ActionPlanCreated', 1, lead, { status: 'draft' }, now, GENESIS_HASH);
    const approved = new ActionPlanEvent('p', 2, 'ActionPlanApproved', 1, lead, { from: 'draft', status: 'approved' }, now, created.hash);
    expect(checkPlanHistory([created, approved])).toEqual([expect.objectContaining({ seq: 2, invariant: 'LEGAL_TRANSITION', message: 'draft → approved while the plan was draft' })]);
  });
});
