import type { ActionPlanEventType } from '../domain/action-plan-event.entity';
import type { PlanContent } from '../domain/plan-content';
import type { RateTable } from './rate-table';

/** A check's name, stored with its results and shown by the API: one of the registry's (`CHECK_TYPES`). */
export type CheckType = string;

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

/** The settings checks read, from the service's configuration. */
export interface CheckSettings {
  overlapWarningThreshold: number;
  /** Decimal strings, in USD. */
  budgetEnvelopeUsd: string;
  budgetMinUsd: string;
  budgetMaxUsd: string;
}

/** What every check may read besides its own input: loaded once for all checks, and kept a while. */
export interface CheckContext {
  reference: CheckReferenceData;
  rates: RateTable;
  settings: CheckSettings;
}

/**
 * How a check's loader reads the database: one statement (placeholders `$1`, `$2`…) on the
 * connection of the review, inside its transaction. Texts should be fixed (arrays as parameters):
 * each runs as a named prepared statement.
 */
export interface CheckDatabase {
  query<T>(text: string, params: readonly unknown[]): Promise<T[]>;
}

/**
 * How a check's result weighs in the recommendation (`recommend`); `null`: it informs the reviewers
 * and weighs nothing. A gated check that warns, or fails, asks for a close review; one whose failure
 * means the plan cannot be judged, or does not serve the shared goals, rejects (`onFailure`);
 * `minScore` rejects, or asks for a close review, below a score.
 */
export type CheckGate = { onFailure: 'reject' | 'review_closely'; minScore?: { reject: number; reviewClosely: number } } | null;

/**
 * A check, whole: a new check is one module like this, in a file of this folder, and one line in
 * the registry (`registry.ts`). The review loads every check's input once, runs every check on it
 * and stores the outcomes; nothing else names the checks.
 */
export interface CheckModule<Input = unknown> {
  /** Its name, stored with its results. */
  readonly type: CheckType;
  /** Where its result is listed among the others: lowest first. */
  readonly displayOrder: number;
  readonly gate: CheckGate;
  /** History events after which the check is run again on the version the event is about (an endorsement, for `endorsement`). */
  readonly rerunOn: readonly ActionPlanEventType[];
  /** What the check reads beyond the plan and the context; a check that needs nothing more has no loader. */
  load?(db: CheckDatabase, plan: CheckedPlan, context: CheckContext): Promise<Input>;
  /** The check itself: a pure function of the plan, its input and the context. */
  run(plan: CheckedPlan, input: Input, context: CheckContext): CheckOutcome;
}

/** A PostgreSQL array literal, for a parameter; codes never contain commas, quotes or braces. */
export function pgArray(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}
