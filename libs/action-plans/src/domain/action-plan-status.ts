export const ACTION_PLAN_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'awaiting_decision',
  'changes_requested',
  'approved',
  'rejected',
  'withdrawn',
  'superseded',
] as const;
export type ActionPlanStatus = (typeof ACTION_PLAN_STATUSES)[number];

/** States a plan never leaves by its partners' hands: withdrawal is refused from them. */
export const FINAL_STATUSES: readonly ActionPlanStatus[] = ['approved', 'rejected', 'withdrawn', 'superseded'];

/** Plans the portfolio and the overlap check count as live: in the pipeline or approved. */
export const ACTIVE_STATUSES: readonly ActionPlanStatus[] = ['submitted', 'in_review', 'awaiting_decision', 'approved'];

const OPEN_STATUSES = ACTION_PLAN_STATUSES.filter((status) => !FINAL_STATUSES.includes(status));

/**
 * The state machine, whole: each transition, the states it may start from and the state it leads
 * to. Every method of ActionPlan that changes its status goes through this table.
 */
export const TRANSITIONS = {
  revise: { from: ['draft', 'changes_requested'], to: 'draft' },
  submit: { from: ['draft'], to: 'submitted' },
  startReview: { from: ['submitted'], to: 'in_review' },
  completeReview: { from: ['in_review'], to: 'awaiting_decision' },
  approve: { from: ['awaiting_decision'], to: 'approved' },
  reject: { from: ['awaiting_decision'], to: 'rejected' },
  requestChanges: { from: ['awaiting_decision'], to: 'changes_requested' },
  withdraw: { from: OPEN_STATUSES, to: 'withdrawn' },
  supersede: { from: [...OPEN_STATUSES, 'approved'], to: 'superseded' },
} as const satisfies Record<string, { from: readonly ActionPlanStatus[]; to: ActionPlanStatus }>;

export type ActionPlanTransition = keyof typeof TRANSITIONS;

export function canTransition(transition: ActionPlanTransition, from: ActionPlanStatus): boolean {
  return (TRANSITIONS[transition].from as readonly ActionPlanStatus[]).includes(from);
}
