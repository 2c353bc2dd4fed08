import type { Actor } from '@accord/shared';
import type { ActionPlan } from './action-plan.entity';
import type { ThreadVisibility } from './action-plan-thread.entity';

/**
 * A partner sees the plans it leads or takes part in, and every approved plan; reviewers and admins
 * see all. Any other plan does not exist for the caller.
 */
export function isVisibleTo(plan: Pick<ActionPlan, 'status' | 'partnerCodes'>, actor: Pick<Actor, 'role' | 'partnerCode'>): boolean {
  if (actor.role !== 'partner') return true;
  return plan.status === 'approved' || (actor.partnerCode !== null && plan.partnerCodes.includes(actor.partnerCode));
}

/**
 * The caller's organisation leads or takes part in the plan: for a reviewer, the conflict of interest
 * that bars it from deciding on the plan and from its reviewers threads.
 */
export function isPartyTo(plan: Pick<ActionPlan, 'partnerCodes'>, actor: Pick<Actor, 'partnerCode'>): boolean {
  return actor.partnerCode !== null && plan.partnerCodes.includes(actor.partnerCode);
}

/**
 * Who reads a plan's threads: reviewers and admins every one, but a reviewer with a conflict of
 * interest only as a party to the plan; the lead and the participants its `participants` threads;
 * any other partner none (even of an approved plan it may see).
 */
export function mayReadThread(plan: Pick<ActionPlan, 'partnerCodes'>, visibility: ThreadVisibility, actor: Pick<Actor, 'role' | 'partnerCode'>): boolean {
  const party = isPartyTo(plan, actor);
  if (actor.role === 'partner') return party && visibility === 'participants';
  return visibility === 'participants' || !party;
}
