import type { CheckStatus, CheckType, Finding } from '../checks/check';
import type { CheckResult } from '../checks/check-result.entity';

export interface CheckResultView {
  type: CheckType;
  status: CheckStatus;
  score: number | null;
  findings: Finding[];
  completedAt: string | null;
}

/**
 * A result as the caller may see it: a finding about another plan keeps that plan's id, but says
 * what the plans share only to a caller who may see the other plan.
 */
export function toCheckResultView(result: CheckResult, maySee: (planId: string) => boolean): CheckResultView {
  return {
    type: result.type,
    status: result.status,
    score: result.score,
    findings: result.findings.map(({ related, ...finding }) =>
      related && finding.relatedPlanId && !maySee(finding.relatedPlanId) ? { ...finding, related: { score: related.score } } : { ...finding, ...(related ? { related } : {}) },
    ),
    completedAt: result.completedAt?.toISOString() ?? null,
  };
}
