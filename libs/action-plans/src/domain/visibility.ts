import type { Actor } from '@accord/shared';
import type { ActionPlan } from './action-plan.entity';

/**
 * A partner sees the plans it leads or takes part in, and every approved plan; reviewers and admins
 * see all. Any other plan does not exist for the caller.
 */
export function isVisibleTo(plan: Pick<ActionPlan, 'status' | 'partnerCodes'>, actor: Pick<Actor, 'role' | 'partnerCode'>): boolean {
  if (actor.role !== 'partner') return true;
  return plan.status === 'approved' || (actor.partnerCode !== null && plan.partnerCodes.includes(actor.partnerCode));
}
