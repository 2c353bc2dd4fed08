import type { Recommendation } from '../domain/action-plan.entity';
import type { CheckOutcome, CheckType } from './check';

export interface CheckResultSummary {
  type: CheckType;
  status: CheckOutcome['status'];
  score?: number | null;
}

/**
 * What the checks recommend to the reviewers, first rule that applies:
 * 1. `reject` when completeness or alignment failed, or the alignment score is below 30: a plan
 *    that cannot be judged, or that does not serve the shared goals, is not worth a close review.
 * 2. `review_closely` when any other check failed, any check warned, or the alignment score is
 *    below 60. A check that kept crashing is stored as failed (`CHECK_ERROR`) and lands here too,
 *    unless it is completeness or alignment.
 * 3. `approve` otherwise.
 *
 * A result without a score (or a check absent from the list) does not take part in the score rules.
 */
export function recommend(results: readonly CheckResultSummary[]): Recommendation {
  const alignmentScore = results.find(({ type }) => type === 'alignment')?.score ?? null;
  const failed = (type: CheckType) => results.some((result) => result.type === type && result.status === 'failed');

  if (failed('completeness') || failed('alignment') || (alignmentScore !== null && alignmentScore < 30)) return 'reject';
  if (results.some(({ status }) => status !== 'passed') || (alignmentScore !== null && alignmentScore < 60)) return 'review_closely';
  return 'approve';
}
