import type { CheckStatus, CheckType, Finding } from '../checks/check';
import type { CheckResult } from '../checks/check-result.entity';
import type { ActionPlanStatus } from '../domain';

/** The other plan of a finding, as anyone told of the finding may know it. */
export interface Counterpart {
  status: ActionPlanStatus;
  leadPartner: { code: string; name: string };
  /** Only for a caller who may see the plan. */
  title?: string;
}

export interface FindingView extends Omit<Finding, 'related'> {
  related?: Finding['related'] & Partial<Counterpart>;
}

export interface CheckResultView {
  type: CheckType;
  status: CheckStatus;
  score: number | null;
  findings: FindingView[];
  completedAt: string | null;
}

/**
 * A result as the caller may see it. A finding about another plan names that plan's lead partner
 * and status and keeps what the two plans share, for whoever the finding is shown to: coordinating
 * needs a counterpart, even for a plan the caller may not see. The other plan's title is added only
 * for a caller who may see it; its budget and text are never in a finding.
 */
export function toCheckResultView(result: CheckResult, counterparts: ReadonlyMap<string, Counterpart>): CheckResultView {
  return {
    type: result.type,
    status: result.status,
    score: result.score,
    findings: result.findings.map((finding) => {
      const counterpart = finding.relatedPlanId ? counterparts.get(finding.relatedPlanId) : undefined;
      return finding.related && counterpart ? { ...finding, related: { ...finding.related, ...counterpart } } : finding;
    }),
    completedAt: result.completedAt?.toISOString() ?? null,
  };
}
