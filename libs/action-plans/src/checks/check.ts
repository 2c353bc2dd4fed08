import type { PlanContent } from '../domain/plan-content';

export const CHECK_TYPES = ['completeness', 'alignment', 'overlap', 'budget', 'endorsement'] as const;
export type CheckType = (typeof CHECK_TYPES)[number];

export const CHECK_STATUSES = ['pending', 'running', 'passed', 'warning', 'failed'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** A check's outcome is in: neither waiting for its job nor being run by one. */
export function isFinal(status: CheckStatus): status is CheckOutcome['status'] {
  return status !== 'pending' && status !== 'running';
}

export type FindingSeverity = 'info' | 'warning' | 'error';

/** One thing a check noticed. `path` points into the plan's content, e.g. `activities[1].budget`. */
export interface Finding {
  code: string;
  severity: FindingSeverity;
  message: string;
  path?: string;
  relatedPlanId?: string;
  /** What the finding is about in another plan: the score and what the two plans share. */
  related?: {
    score: number;
    sharedCountries?: string[];
    sharedSectors?: string[];
    sharedProgramAreas?: string[];
    overlappingPeriod?: { start: string; end: string } | null;
  };
}

/** What a check returns: pure data, stored as the version's result of that check type. */
export interface CheckOutcome {
  status: Exclude<CheckStatus, 'pending' | 'running'>;
  score?: number;
  findings: Finding[];
}

/** The plan version a check looks at. */
export interface CheckedPlan {
  id: string;
  version: number;
  leadPartnerCode: string;
  content: PlanContent;
}

/** The reference data checks read: the mappings of DOMAIN.md, as stored in the database. */
export interface CheckReferenceData {
  /** DAC purpose code → the CARSI goals it supports. Every known sector is a key. */
  sectorGoals: ReadonlyMap<string, readonly string[]>;
  /** Program area → the CARSI goals it supports. */
  programAreaGoals: ReadonlyMap<string, readonly string[]>;
  /** Partner code → kind (RECIPIENT_GOVERNMENT, REGIONAL_BODY, DONOR_GOVERNMENT, ...) and, for governments, country. */
  partners: ReadonlyMap<string, { kind: string; country: string | null }>;
}

/** The status that a list of findings earns: an error fails, a warning warns, otherwise it passed. */
export function statusOf(findings: readonly Finding[]): CheckOutcome['status'] {
  if (findings.some((finding) => finding.severity === 'error')) return 'failed';
  if (findings.some((finding) => finding.severity === 'warning')) return 'warning';
  return 'passed';
}
