import type { Recommendation } from '../domain/action-plan.entity';
import type { CheckOutcome, CheckType } from './check';
import { CHECKS, type CheckRegistry } from './registry';

export interface CheckResultSummary {
  type: CheckType;
  status: CheckOutcome['status'];
  score?: number | null;
}

/**
 * What the checks recommend to the reviewers, from each check's gate (`CheckGate`), first rule that
 * applies:
 * 1. `reject` when a check whose failure rejects failed (completeness, alignment), or a score is
 *    below its gate's `reject` floor (alignment below 30): a plan that cannot be judged, or that
 *    does not serve the shared goals, is not worth a close review.
 * 2. `review_closely` when any other gated check failed, any gated check warned, or a score is below
 *    its gate's `reviewClosely` floor (alignment below 60). A check that kept crashing is stored as
 *    failed (`CHECK_ERROR`) and lands here too, unless its failure rejects.
 * 3. `approve` otherwise.
 *
 * A result without a score does not take part in the score rules; one of a check without a gate, or
 * not in the registry, in no rule.
 */
export function recommend(results: readonly CheckResultSummary[], registry: CheckRegistry = CHECKS): Recommendation {
  const gated = results.flatMap((result) => {
    const gate = registry.get(result.type)?.gate;
    return gate ? [{ ...result, gate }] : [];
  });
  const below = (score: number | null | undefined, floor: number | undefined) => score != null && floor !== undefined && score < floor;

  if (gated.some(({ status, score, gate }) => (status === 'failed' && gate.onFailure === 'reject') || below(score, gate.minScore?.reject))) return 'reject';
  if (gated.some(({ status, score, gate }) => status !== 'passed' || below(score, gate.minScore?.reviewClosely))) return 'review_closely';
  return 'approve';
}
