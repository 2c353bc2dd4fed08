import type { Actor } from '@accord/shared';
import { SYSTEM_ACTOR } from '@accord/shared';
import { ActionPlan } from './action-plan.entity';
import { canonicalPlanContent, type PlanContent } from './plan-content';

const lead: Actor = { kind: 'api_key', id: 'k1', role: 'partner', partnerCode: 'US' };
const other: Actor = { kind: 'api_key', id: 'k2', role: 'partner', partnerCode: 'CA' };
const reviewer: Actor = { kind: 'api_key', id: 'r1', role: 'reviewer', partnerCode: 'OAS' };

function content(title = 'Community policing'): PlanContent {
  return canonicalPlanContent({
    title,
    countries: ['HN'],
    goals: ['SAFE_STREETS'],
    period: { start: '2027-01-01', end: '2028-12-31' },
    participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }],
    activities: [{ title: 'Model precincts', budget: { amount: '1500000', currency: 'USD' } }],
    budget: { amount: '1500000', currency: 'USD' },
  });
}

describe('ActionPlan', () => {
  describe('create', () => {
    it('starts a draft at version 1 with one history event', () => {
      const plan = ActionPlan.create('US', content(), lead);
      const changes = plan.pullChanges();
      expect(plan.status).toBe('draft');
      expect(plan.currentVersion).toBe(1);
      expect(plan.partnerCodes).toEqual(['US', 'GOV-HN']);
      expect(changes.versions.map((v) => v.number)).toEqual([1]);
      expect(changes.events.map((e) => [e.seq, e.type, e.version])).toEqual([[1, 'ActionPlanCreated', 1]]);
    });
  });

  describe('revise', () => {
    it('makes a new version and records it after the creation', () => {
      const plan = ActionPlan.create('US', content(), lead);
      plan.pullChanges();
      plan.revise(content('Community policing, revised'), content(), lead);
      const changes = plan.pullChanges();
      expect(plan.currentVersion).toBe(2);
      expect(plan.title).toBe('Community policing, revised');
      expect(changes.versions.map((v) => v.number)).toEqual([2]);
      expect(changes.events.map((e) => [e.seq, e.type, e.version, e.data])).toEqual([[2, 'ActionPlanRevised', 2, { from: 'draft', status: 'draft', changedPaths: ['/title'] }]]);
    });

    it('after changes were requested starts the new version without the previous one’s recommendation or wait', () => {
      const plan = ActionPlan.create('US', content(), lead);
      plan.submit(lead);
      plan.startReview(SYSTEM_ACTOR);
      plan.completeReview('review_closely', SYSTEM_ACTOR);
      plan.markOverdue(1);
      plan.decide({ decision: 'request_changes', comment: 'Add baselines', override: null, coordination: null }, reviewer, { priorDecisions: [], failedChecks: [], overlapWarned: false, approvalsRequired: 2, citedThreads: [] });
      expect(plan).toMatchObject({ status: 'changes_requested', recommendation: 'review_closely' });
      plan.revise(content('Community policing, with baselines'), content(), lead);
      expect(plan).toMatchObject({ status: 'draft', currentVersion: 2, recommendation: null, awaitingSince: null, overdueAt: null });
    });

    it('by another partner is refused', () => {
      const plan = ActionPlan.create('US', content(), lead);
      expect(() => plan.revise(content(), content(), other)).toThrow(expect.objectContaining({ code: 'ACTION_PLAN.NOT_LEAD_PARTNER' }));
    });

    it('once submitted is refused until changes are requested', () => {
      const plan = ActionPlan.create('US', content(), lead);
      plan.submit(lead);
      expect(() => plan.revise(content(), content(), lead)).toThrow(expect.objectContaining({ code: 'ACTION_PLAN.INVALID_TRANSITION' }));
    });
  });

  describe('submit then startReview', () => {
    it('records both with the version they concern', () => {
      const plan = ActionPlan.create('US', content(), lead);
      plan.submit(lead);
      plan.startReview(SYSTEM_ACTOR);
      const events = plan.pullChanges().events;
      expect(plan.status).toBe('in_review');
      expect(events.map((e) => [e.type, e.data])).toEqual([
        ['ActionPlanCreated', { status: 'draft' }],
        ['ActionPlanSubmitted', { from: 'draft', status: 'submitted' }],
        ['ActionPlanReviewStarted', { from: 'submitted', status: 'in_review' }],
      ]);
    });
  });

  describe('recordOverlapFound', () => {
    it('records the later plan found, as the system, without changing the status', () => {
      const plan = ActionPlan.create('US', content(), lead);
      plan.submit(lead);
      plan.startReview(SYSTEM_ACTOR);
      plan.pullChanges();
      plan.recordOverlapFound({ relatedPlanId: '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f', score: 86, severity: 'warning' });
      const [event] = plan.pullChanges().events;
      expect(plan.status).toBe('in_review');
      expect([event.type, event.seq, event.actor, event.data]).toEqual([
        'ActionPlanOverlapFound',
        4,
        SYSTEM_ACTOR,
        { relatedPlanId: '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f', score: 86, severity: 'warning' },
      ]);
    });
  });

  describe('withdraw', () => {
    it('keeps the reason', () => {
      const plan = ActionPlan.create('US', content(), lead);
      plan.withdraw(lead, 'merged into a regional plan');
      expect(plan.status).toBe('withdrawn');
      expect(plan.pullChanges().events[1].data).toEqual({ reason: 'merged into a regional plan', from: 'draft', status: 'withdrawn' });
    });

    it('twice is refused', () => {
      const plan = ActionPlan.create('US', content(), lead);
      plan.withdraw(lead, null);
      expect(() => plan.withdraw(lead, null)).toThrow(/cannot withdraw an action plan that is withdrawn/);
    });
  });

  describe('assertMatches', () => {
    const plan = ActionPlan.create('US', content(), lead);
    plan.revision = 3;
    it.each(['"3"', 'W/"3"', '*', '"1", "3"'])('accepts %s', (tag) => expect(() => plan.assertMatches(tag)).not.toThrow());
    it('refuses another revision', () => {
      expect(() => plan.assertMatches('"2"')).toThrow(expect.objectContaining({ kind: 'precondition_failed' }));
    });
  });
});
