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
  /** Set for a check whose findings about another plan hold for both plans: see `CheckRelations`. */
  readonly relations?: CheckRelations<Input>;
}

/** A version of a plan. */
export interface PlanVersionKey {
  planId: string;
  version: number;
}

/** A finding about another plan that is news to the version it is about: it did not name that plan yet. */
export interface RelationNews extends PlanVersionKey {
  finding: Finding & { relatedPlanId: string; related: NonNullable<Finding['related']> };
}

/**
 * Where a check keeps its findings about other plans when they hold for both plans of a pair (the
 * overlap check: a score and what two plans share are symmetric): once per pair of versions,
 * written by the review of whichever plan finds the other, and shown with the results of both.
 * Such findings are not stored in a plan's own result, which nothing but the plan's own review
 * writes.
 */
export interface CheckRelations<Input = unknown> {
  /**
   * The plans whose rows the review locks (with the plan's own, in id order) before `store`: those
   * to which the outcome may be news, or whose recommendation it may change. Two reviews that find
   * each other so take turns, and the second sees the first's pair; a plan whose review is still
   * open reads the pair when it completes under its own lock. A finding that can change nothing of
   * the other plan needs no lock: its results show the pair whenever they are read.
   */
  lockedBy(outcome: CheckOutcome, context: CheckContext): string[];
  /**
   * Writes the outcome's findings about other plans, each pair once: one already written (by the
   * other plan's review, or an earlier run of this one) stays as it is. The caller holds the locks
   * `lockedBy` names. Answers the findings that are news to a version of another plan awaiting a
   * decision.
   */
  store(db: CheckDatabase, plan: CheckedPlan, input: Input, outcome: CheckOutcome, context: CheckContext): Promise<RelationNews[]>;
  /** The findings about other plans of each version (keyed by `resultKey`), the most relevant first. */
  read(db: CheckDatabase, versions: readonly PlanVersionKey[], settings: CheckSettings): Promise<Map<string, Finding[]>>;
}

/** What a check stores as the plan's own result when its findings about other plans are relations: the rest. */
export function withoutRelated(outcome: CheckOutcome): CheckOutcome {
  const findings = outcome.findings.filter((finding) => !finding.related);
  return { ...outcome, status: statusOf(findings), findings };
}

export const resultKey = ({ planId, version }: PlanVersionKey): string => `${planId}|${version}`;

/**
 * A check's result as shown: its own stored result with the findings other plans' reviews hold about
 * the version (`CheckRelations.read`). A failure stays one; otherwise the status is that of all the
 * findings, and the score the highest of the result's and theirs.
 */
export function withRelated(result: CheckOutcome, related: readonly Finding[]): CheckOutcome {
  if (related.length === 0) return result;
  const findings = [...result.findings, ...related];
  const scores = related.flatMap((finding) => (finding.related ? [finding.related.score] : []));
  return {
    status: result.status === 'failed' ? 'failed' : statusOf(findings),
    score: Math.max(result.score ?? 0, ...scores),
    findings,
  };
}

/** A PostgreSQL array literal, for a parameter; codes never contain commas, quotes or braces. */
export function pgArray(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}
