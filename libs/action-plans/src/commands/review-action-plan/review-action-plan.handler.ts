import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, DomainError, preparedQuery, SYSTEM_ACTOR, type AppConfig } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import {
  isFinal,
  resultKey,
  withoutRelated,
  withRelated,
  type CheckContext,
  type CheckDatabase,
  type CheckedPlan,
  type CheckModule,
  type CheckOutcome,
  type CheckStatus,
  type CheckType,
  type PlanVersionKey,
  type RelationNews,
} from '../../checks/check';
import { recommend, type CheckResultSummary } from '../../checks/recommendation';
import { CHECKS } from '../../checks/registry';
import type { ActionPlan, ActionPlanStatus, Recommendation } from '../../domain';
import type { PlanContent } from '../../domain/plan-content';
import { checkDatabase, CheckDataService } from '../../review/check-data.service';
import { shownResults } from '../../review/check-results';
import { RecordReviewFailureCommand, ReviewActionPlanCommand, type ReviewAttempt, type ReviewRun } from './review-action-plan.command';

/**
 * A version's review, whole, in one transaction: reads the submitted version, loads every check's
 * input (one statement each), runs the checks, then locks the plan's row and those of the plans
 * the checks' relations may change, in id order, stores every result and the relations, takes the
 * version into review and completes it with its recommendation (`ActionPlanReviewStarted`, then
 * `ActionPlanReviewCompleted`), and tells the plans awaiting a decision what is news to them. A
 * rerun (`job.checks`, after an endorsement) does the same for its checks on a version awaiting a
 * decision, and updates the recommendation. (A version left `in_review` by an earlier release,
 * with pending results, is reviewed the same way.)
 *
 * At least once, idempotent: a job for a version no longer waiting for its review (done,
 * withdrawn, revised) changes nothing, and a run cut off before its commit left nothing. The inputs are read before the
 * locks; a plan changed in between (an endorsement commits, bumping its revision) has them read
 * again under the lock, so no change committed before the review's own is missed, and one after it
 * sees the plan awaiting a decision and reruns what it affects.
 *
 * On the last attempt, a check whose input or run fails becomes a `CHECK_ERROR` result and the
 * others are stored as they are (each input is then read inside a savepoint, so a failed statement
 * does not abort the review); before it, any failure rolls the review back to be retried whole.
 */
@CommandHandler(ReviewActionPlanCommand)
export class ReviewActionPlanHandler implements ICommandHandler<ReviewActionPlanCommand> {
  constructor(
    private readonly plans: ActionPlanRepository,
    private readonly data: CheckDataService,
  ) {}

  async execute({ job, attempt }: ReviewActionPlanCommand): Promise<ReviewRun> {
    // Before the transaction: see CheckDataService.referenceAndRates.
    const context = await this.data.context();
    const rerun = job.checks !== undefined;
    const checks = rerun ? CHECKS.modules.filter((check) => job.checks!.includes(check.type)) : CHECKS.modules;
    const expected: readonly ActionPlanStatus[] = rerun ? ['awaiting_decision'] : AWAITING_REVIEW;
    return this.plans.transaction(async (tx) => {
      const db = checkDatabase(tx);
      const [loaded] = await db.query<{ status: ActionPlanStatus; revision: number; lead_partner_code: string; content: PlanContent }>(LOAD_VERSION, [job.planId, job.version]);
      if (!loaded || !expected.includes(loaded.status)) return { outcome: 'stale' };
      const plan: CheckedPlan = { id: job.planId, version: job.version, leadPartnerCode: loaded.lead_partner_code, content: loaded.content };
      let { inputs, outcomes } = await runChecks(tx, checks, plan, context, attempt);
      let locked = await this.plans.lockAllForUpdate(tx, [plan.id, ...lockedBy(checks, outcomes, context)]);
      const own = locked.find((found) => found.id === plan.id);
      if (!own || !expected.includes(own.status) || own.currentVersion !== job.version) return { outcome: 'stale' };
      if (own.revision !== loaded.revision) {
        ({ inputs, outcomes } = await runChecks(tx, checks, plan, context, attempt));
        const more = lockedBy(checks, outcomes, context).filter((id) => !locked.some((found) => found.id === id));
        if (more.length > 0) locked = [...locked, ...(await this.plans.lockAllForUpdate(tx, more))];
      }

      const news: RelationNews[] = [];
      // A check that failed (CHECK_ERROR) found nothing to relate.
      for (const check of checks) if (check.relations && inputs.has(check.type)) news.push(...(await check.relations.store(db, plan, inputs.get(check.type), outcomes.get(check.type)!, context)));
      await storeResults(db, plan, checks.map((check) => [check.type, check.relations ? withoutRelated(outcomes.get(check.type)!) : outcomes.get(check.type)!]), attempt.number);

      const key = { planId: plan.id, version: plan.version };
      const results = rerun ? finalOf((await shownResults(db, CHECKS, [key], context.settings)).get(resultKey(key))!) : await shownOutcomes(db, checks, key, outcomes, context);
      if (rerun) own.updateRecommendation(recommend(results), SYSTEM_ACTOR);
      else completeReview(own, recommend(results));
      await this.plans.save(tx, own);
      await this.tell(tx, news, locked, context);
      return { outcome: rerun ? 'rerun' : 'completed' };
    });
  }

  /**
   * Each plan awaiting a decision that a relation is news to (its row locked with the others):
   * its history records it, and its recommendation follows.
   */
  private async tell(tx: EntityManager, news: readonly RelationNews[], locked: readonly ActionPlan[], context: CheckContext): Promise<void> {
    if (news.length === 0) return;
    const results = await shownResults(checkDatabase(tx), CHECKS, news, context.settings);
    for (const { planId, version, finding } of news) {
      const plan = locked.find((found) => found.id === planId);
      if (!plan || plan.currentVersion !== version || plan.status !== 'awaiting_decision') continue;
      plan.recordOverlapFound({ relatedPlanId: finding.relatedPlanId, score: finding.related.score, severity: finding.severity === 'warning' ? 'warning' : 'info' });
      plan.updateRecommendation(recommend(finalOf(results.get(resultKey({ planId, version })) ?? [])), SYSTEM_ACTOR);
      await this.plans.save(tx, plan);
    }
  }
}

/**
 * A review that kept failing: every result still unfinished becomes a `CHECK_ERROR` with the
 * reason, and the review completes, so no plan waits in review for checks that will never run. A
 * rerun that kept failing leaves the results it would have replaced.
 */
@CommandHandler(RecordReviewFailureCommand)
export class RecordReviewFailureHandler implements ICommandHandler<RecordReviewFailureCommand> {
  constructor(
    private readonly plans: ActionPlanRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ job, reason }: RecordReviewFailureCommand): Promise<boolean> {
    if (job.checks !== undefined) return false;
    return this.plans.transaction(async (tx) => {
      const plan = await this.plans.lockForUpdate(tx, job.planId);
      if (!plan || !AWAITING_REVIEW.includes(plan.status) || plan.currentVersion !== job.version) return false;
      await preparedQuery(
        tx,
        `insert into check_result (plan_id, version, type, status, findings, completed_at)
         select $1, $2, f.type, 'failed', jsonb_build_array(f.finding), now() from jsonb_to_recordset($3::jsonb) as f (type text, finding jsonb)
         on conflict (plan_id, version, type) do update set status = excluded.status, score = null, findings = excluded.findings, completed_at = excluded.completed_at
          where check_result.status in ('pending', 'running')`,
        [job.planId, job.version, JSON.stringify(CHECKS.types.map((type) => ({ type, finding: checkError(type, reason).findings[0] })))],
      );
      const key = { planId: job.planId, version: job.version };
      completeReview(plan, recommend(finalOf((await shownResults(checkDatabase(tx), CHECKS, [key], this.config)).get(resultKey(key))!)));
      await this.plans.save(tx, plan);
      return true;
    });
  }
}

/** The states of a version whose review has not completed: submitted, or taken into review by an earlier release. */
const AWAITING_REVIEW: readonly ActionPlanStatus[] = ['submitted', 'in_review'];

function completeReview(plan: ActionPlan, recommendation: Recommendation): void {
  if (plan.status === 'submitted') plan.startReview(SYSTEM_ACTOR);
  plan.completeReview(recommendation, SYSTEM_ACTOR);
}

/** The version's review state and content, if it is the plan's current one. */
const LOAD_VERSION = `select p.status, p.revision, p.lead_partner_code, v.content
    from action_plan p join action_plan_version v on v.plan_id = p.id and v.number = p.current_version
   where p.id = $1 and p.current_version = $2`;

/** Each check's input and outcome; a check that failed on the last attempt has no input. */
async function runChecks(
  tx: EntityManager,
  checks: readonly CheckModule[],
  plan: CheckedPlan,
  context: CheckContext,
  attempt: ReviewAttempt,
): Promise<{ inputs: Map<CheckType, unknown>; outcomes: Map<CheckType, CheckOutcome> }> {
  const db = checkDatabase(tx);
  const inputs = new Map<CheckType, unknown>();
  const outcomes = new Map<CheckType, CheckOutcome>();
  for (const check of checks) {
    try {
      const input = check.load && (attempt.last ? await inSavepoint(tx, () => check.load!(db, plan, context)) : await check.load(db, plan, context));
      outcomes.set(check.type, check.run(plan, input, context));
      inputs.set(check.type, input);
    } catch (error) {
      // No retry cures a domain error; on the last attempt nothing is retried.
      if (!attempt.last && !(error instanceof DomainError && !error.retryable)) throw error;
      outcomes.set(check.type, checkError(check.type, (error as Error).message));
    }
  }
  return { inputs, outcomes };
}

async function inSavepoint<T>(tx: EntityManager, work: () => Promise<T>): Promise<T> {
  await tx.execute('savepoint check_input');
  try {
    const result = await work();
    await tx.execute('release savepoint check_input');
    return result;
  } catch (error) {
    await tx.execute('rollback to savepoint check_input');
    throw error;
  }
}

function checkError(type: CheckType, reason: string): CheckOutcome {
  return { status: 'failed', findings: [{ code: 'CHECK_ERROR', severity: 'error', message: `the ${type} check could not run: ${reason.slice(0, 500)}` }] };
}

/** The plans whose rows are locked with the plan's: those the relations of the outcomes may change (`CheckRelations.lockedBy`). */
function lockedBy(checks: readonly CheckModule[], outcomes: ReadonlyMap<CheckType, CheckOutcome>, context: CheckContext): string[] {
  return checks.flatMap((check) => check.relations?.lockedBy(outcomes.get(check.type)!, context) ?? []);
}

/** Every result of the version, in one statement; written over whatever the version held (a review's pending results, a rerun's earlier ones). */
async function storeResults(db: CheckDatabase, plan: CheckedPlan, results: [CheckType, CheckOutcome][], attempts: number): Promise<void> {
  await db.query(
    `insert into check_result (plan_id, version, type, status, score, findings, attempts, started_at, completed_at)
     select $1, $2, r.type, r.status, r.score, r.findings, $3, now(), statement_timestamp() from jsonb_to_recordset($4::jsonb) as r (type text, status text, score int, findings jsonb)
     on conflict (plan_id, version, type) do update
       set status = excluded.status, score = excluded.score, findings = excluded.findings, attempts = excluded.attempts, started_at = excluded.started_at, completed_at = excluded.completed_at`,
    [plan.id, plan.version, attempts, JSON.stringify(results.map(([type, { status, score, findings }]) => ({ type, status, score: score ?? null, findings })))],
  );
}

/** The review's results as shown, from the outcomes just stored and the relations of the version (those other plans wrote included). */
async function shownOutcomes(db: CheckDatabase, checks: readonly CheckModule[], key: PlanVersionKey, outcomes: ReadonlyMap<CheckType, CheckOutcome>, context: CheckContext): Promise<CheckResultSummary[]> {
  const results: CheckResultSummary[] = [];
  for (const check of checks) {
    const outcome = outcomes.get(check.type)!;
    const shown = check.relations ? withRelated(withoutRelated(outcome), (await check.relations.read(db, [key], context.settings)).get(resultKey(key)) ?? []) : outcome;
    results.push({ type: check.type, status: shown.status, score: shown.score });
  }
  return results;
}

function finalOf(results: readonly { type: CheckType; status: CheckStatus; score: number | null }[]): CheckResultSummary[] {
  return results.flatMap(({ type, status, score }) => (isFinal(status) ? [{ type, status, score }] : []));
}
