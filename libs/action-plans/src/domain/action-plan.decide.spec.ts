import { SYSTEM_ACTOR, type Actor } from '@accord/shared';
import { ActionPlan, type DecisionContext, type DecisionRequestInput } from './action-plan.entity';
import { canTransition } from './action-plan-status';
import { canonicalPlanContent } from './plan-content';

const lead: Actor = { kind: 'api_key', id: 'lead', role: 'partner', partnerCode: 'US' };
const reviewer = (id: string, partnerCode = 'OAS'): Actor => ({ kind: 'api_key', id, role: 'reviewer', partnerCode });
const admin: Actor = { kind: 'api_key', id: 'admin', role: 'admin', partnerCode: null };

function awaitingDecision(): ActionPlan {
  const plan = ActionPlan.create(
    'US',
    canonicalPlanContent({
      title: 'Community policing',
      countries: ['HN'],
      goals: ['SAFE_STREETS'],
      period: { start: '2027-01-01', end: '2028-12-31' },
      participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }],
      activities: [{ title: 'Precincts' }],
      budget: { amount: '100', currency: 'USD' },
    }),
    lead,
  );
  plan.submit(lead);
  plan.startReview(SYSTEM_ACTOR);
  plan.completeReview('approve', SYSTEM_ACTOR);
  plan.pullChanges();
  return plan;
}

const approve: DecisionRequestInput = { decision: 'approve', comment: null, override: null, coordination: null };
const context = (overrides: Partial<DecisionContext> = {}): DecisionContext => ({ priorDecisions: [], failedChecks: [], overlapWarned: false, approvalsRequired: 2, citedThreads: [], ...overrides });

describe('ActionPlan.decide', () => {
  describe('approve', () => {
    it('by one reviewer of two required records the decision and keeps the plan waiting', () => {
      const plan = awaitingDecision();
      const decision = plan.decide(approve, reviewer('r1'), context());
      expect(decision).toMatchObject({ decision: 'approve', reviewerId: 'r1', affiliation: 'OAS', version: 1 });
      expect(plan.status).toBe('awaiting_decision');
      expect(plan.pullChanges().events.map((event) => [event.type, event.data.approvals])).toEqual([['ActionPlanDecisionRecorded', 1]]);
    });

    it('by the second distinct reviewer approves the plan', () => {
      const plan = awaitingDecision();
      plan.decide(approve, reviewer('r2'), context({ priorDecisions: [{ reviewerId: 'r1', decision: 'approve', override: null }] }));
      expect(plan.status).toBe('approved');
      expect(plan.pullChanges().events.map((event) => event.type)).toEqual(['ActionPlanDecisionRecorded', 'ActionPlanApproved']);
    });

    it('is refused when a check failed, unless an admin overrides every failed check', () => {
      const failed = context({ failedChecks: ['budget', 'completeness'], approvalsRequired: 1 });
      expect(() => awaitingDecision().decide(approve, reviewer('r1'), failed)).toThrow(expect.objectContaining({ code: 'DECISION.FAILED_CHECKS' }));
      const partial = { ...approve, override: { checks: ['budget'], justification: 'Rates table is stale' } };
      expect(() => awaitingDecision().decide(partial, admin, failed)).toThrow(/completeness check failed/);
      const plan = awaitingDecision();
      plan.decide({ ...approve, override: { checks: ['budget', 'completeness'], justification: 'Checked by hand' } }, admin, failed);
      expect(plan.status).toBe('approved');
    });

    it('after an admin overrode the failed checks on the version, by a reviewer needs no override of its own', () => {
      const overridden = { priorDecisions: [{ reviewerId: 'admin-1', decision: 'approve' as const, override: { checks: ['budget'], justification: 'Checked by hand' } }] };
      const plan = awaitingDecision();
      plan.decide(approve, reviewer('r1'), context({ failedChecks: ['budget'], ...overridden }));
      expect(plan.status).toBe('approved');
      expect(() => awaitingDecision().decide(approve, reviewer('r1'), context({ failedChecks: ['budget', 'completeness'], ...overridden }))).toThrow(/completeness check failed/);
    });

    it('with an override from a reviewer is refused', () => {
      const input = { ...approve, override: { checks: ['budget'], justification: 'x' } };
      expect(() => awaitingDecision().decide(input, reviewer('r1'), context({ failedChecks: ['budget'] }))).toThrow(expect.objectContaining({ code: 'DECISION.OVERRIDE_NOT_ALLOWED' }));
    });

    it('when the overlap check warned needs a coordination resolution', () => {
      const warned = context({ overlapWarned: true, approvalsRequired: 1 });
      expect(() => awaitingDecision().decide(approve, reviewer('r1'), warned)).toThrow(expect.objectContaining({ code: 'DECISION.COORDINATION_REQUIRED' }));
      const plan = awaitingDecision();
      plan.decide({ ...approve, coordination: { action: 'co_fund', note: 'Canada joins as co-funder' } }, reviewer('r1'), warned);
      expect(plan.status).toBe('approved');
    });
  });

  describe('reject', () => {
    it('by one reviewer rejects the plan', () => {
      const plan = awaitingDecision();
      plan.decide({ ...approve, decision: 'reject', comment: 'Duplicates the SICA programme' }, reviewer('r1'), context({ priorDecisions: [{ reviewerId: 'r0', decision: 'approve', override: null }] }));
      expect(plan.status).toBe('rejected');
    });

    it.each([null, '', '   '])('without a comment (%p) is refused', (comment) => {
      expect(() => awaitingDecision().decide({ ...approve, decision: 'reject', comment }, reviewer('r1'), context())).toThrow(expect.objectContaining({ code: 'DECISION.COMMENT_REQUIRED' }));
    });
  });

  describe('request_changes', () => {
    it('sends the plan back to its lead, who may revise it', () => {
      const plan = awaitingDecision();
      plan.decide({ ...approve, decision: 'request_changes', comment: 'Add indicators' }, reviewer('r1'), context());
      expect(plan.status).toBe('changes_requested');
      expect(canTransition('revise', plan.status)).toBe(true);
    });
  });

  it('by a reviewer affiliated with the lead or a participant is refused', () => {
    expect(() => awaitingDecision().decide(approve, reviewer('r1', 'US'), context())).toThrow(expect.objectContaining({ code: 'DECISION.CONFLICT_OF_INTEREST' }));
    expect(() => awaitingDecision().decide(approve, reviewer('r1', 'GOV-HN'), context())).toThrow(expect.objectContaining({ kind: 'forbidden' }));
  });

  it('a second decision by the same reviewer on the same version is refused', () => {
    const prior = context({ priorDecisions: [{ reviewerId: 'r1', decision: 'approve', override: null }] });
    expect(() => awaitingDecision().decide({ ...approve, decision: 'reject', comment: 'changed my mind' }, reviewer('r1'), prior)).toThrow(
      expect.objectContaining({ code: 'DECISION.ALREADY_DECIDED' }),
    );
  });

  it('on a plan that is not awaiting a decision is refused', () => {
    const plan = awaitingDecision();
    plan.decide({ ...approve, decision: 'reject', comment: 'No' }, reviewer('r1'), context());
    expect(() => plan.decide(approve, reviewer('r2'), context())).toThrow(expect.objectContaining({ code: 'ACTION_PLAN.INVALID_TRANSITION' }));
  });

  describe('request_changes citing threads', () => {
    const requestChanges: DecisionRequestInput = { ...approve, decision: 'request_changes', comment: 'See the threads' };
    const open = (id: string) => ({ id, visibility: 'participants' as const, status: 'open' as const });

    it('records the cited threads on the decision and in the history', () => {
      const plan = awaitingDecision();
      const decision = plan.decide({ ...requestChanges, threads: ['t1', 't2'] }, reviewer('r1'), context({ citedThreads: [open('t1'), open('t2')] }));
      expect(decision.threads).toEqual(['t1', 't2']);
      expect(plan.pullChanges().events[0].data).toMatchObject({ decision: 'request_changes', threads: ['t1', 't2'] });
    });

    it('refuses a thread of another plan, a reviewers thread and a resolved one, naming each', () => {
      const found = [{ id: 't2', visibility: 'reviewers' as const, status: 'open' as const }, { id: 't3', visibility: 'participants' as const, status: 'resolved' as const }];
      expect(() => awaitingDecision().decide({ ...requestChanges, threads: ['t1', 't2', 't3'] }, reviewer('r1'), context({ citedThreads: found }))).toThrow(
        expect.objectContaining({
          code: 'REQUEST.INVALID',
          details: [
            { field: 'threads[0]', message: 'the plan has no thread t1' },
            { field: 'threads[1]', message: 'thread t2 is a reviewers thread, which the lead cannot read: cite participants threads' },
            { field: 'threads[2]', message: 'thread t3 is resolved: reopen it to cite it' },
          ],
        }),
      );
    });

    it('is for a request for changes only', () => {
      expect(() => awaitingDecision().decide({ ...approve, threads: ['t1'] }, reviewer('r1'), context({ citedThreads: [open('t1')] }))).toThrow(
        expect.objectContaining({ details: [{ field: 'threads', message: 'only a request for changes cites threads' }] }),
      );
    });
  });

  it('markOverdue records once per wait', () => {
    const plan = awaitingDecision();
    plan.markOverdue(72);
    plan.markOverdue(72);
    expect(plan.pullChanges().events.map((event) => event.type)).toEqual(['ActionPlanMarkedOverdue']);
    expect(plan.overdueAt).toBeInstanceOf(Date);
  });
});
