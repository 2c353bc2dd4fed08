import { ACTION_PLAN_STATUSES, canTransition, TRANSITIONS, type ActionPlanStatus, type ActionPlanTransition } from './action-plan-status';

/** The table as the contract states it; a change to the state machine must change this too. */
const EXPECTED: Record<ActionPlanTransition, { from: ActionPlanStatus[]; to: ActionPlanStatus }> = {
  revise: { from: ['draft', 'changes_requested'], to: 'draft' },
  submit: { from: ['draft'], to: 'submitted' },
  startReview: { from: ['submitted'], to: 'in_review' },
  completeReview: { from: ['in_review'], to: 'awaiting_decision' },
  approve: { from: ['awaiting_decision'], to: 'approved' },
  reject: { from: ['awaiting_decision'], to: 'rejected' },
  requestChanges: { from: ['awaiting_decision'], to: 'changes_requested' },
  withdraw: { from: ['draft', 'submitted', 'in_review', 'awaiting_decision', 'changes_requested'], to: 'withdrawn' },
  supersede: { from: ['draft', 'submitted', 'in_review', 'awaiting_decision', 'changes_requested', 'approved'], to: 'superseded' },
};

describe('the action plan transition table', () => {
  it('has exactly the expected transitions', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(Object.entries(EXPECTED) as [ActionPlanTransition, (typeof EXPECTED)[ActionPlanTransition]][])('%s', (transition, row) => {
    it(`leads to ${row.to}`, () => {
      expect(TRANSITIONS[transition].to).toBe(row.to);
    });

    it.each(row.from)('is allowed from %s', (status) => {
      expect(canTransition(transition, status)).toBe(true);
    });

    const refused = ACTION_PLAN_STATUSES.filter((status) => !row.from.includes(status));
    it.each(refused)('is refused from %s', (status) => {
      expect(canTransition(transition, status)).toBe(false);
    });
  });
});
