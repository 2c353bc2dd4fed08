import { EntityManager } from '@mikro-orm/postgresql';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { inTransaction, preparedQuery, SYSTEM_ACTOR } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { CHECKS } from '../../checks/registry';
import { isFinal, resultKey, withoutRelated, type CheckContext, type CheckedPlan, type CheckModule, type CheckOutcome, type CheckStatus, type RelationNews } from '../../checks/check';
import { recommend } from '../../checks/recommendation';
import type { PlanContent } from '../../domain/plan-content';
import type { CheckJob } from '../../review/check-job';
import { checkDatabase, CheckDataService } from '../../review/check-data.service';
import { shownResults } from '../../review/check-results';
import { CompleteActionPlanReviewCommand } from '../complete-action-plan-review/complete-action-plan-review.command';
import { RecordCheckFailureCommand, RunActionPlanCheckCommand, type CheckRun } from './run-action-plan-check.command';

interface ClaimedCheck {
  lead_partner_code: string;
  content: PlanContent;
  /** The result's status before this job claimed it; null when the version has no such result (stale). */
  status: CheckStatus | null;
  plan_status: string;
  checks_pending: number;
}

/**
 * Loads the version and what its check reads, runs the pure check, and stores the outcome only over
 * a result still pending or running (or, for a rerun, over the previous outcome): a redelivered job
 * finds the result final and changes nothing. Then the review completes if this was the last one.
 *
 * This is the hot path of every review (five jobs a version), so it reads and writes with plain
 * statements, three per job, instead of loading entities it would only read a few fields of.
 */
@CommandHandler(RunActionPlanCheckCommand)
export class RunActionPlanCheckHandler implements ICommandHandler<RunActionPlanCheckCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly data: CheckDataService,
    private readonly plans: ActionPlanRepository,
    private readonly commands: CommandBus,
  ) {}

  async execute({ job }: RunActionPlanCheckCommand): Promise<CheckRun> {
    const em = this.em.fork();
    const claimed = await claim(em, job);
    if (!claimed || claimed.status === null) return { outcome: 'stale' };
    if (!job.rerun && isFinal(claimed.status)) {
      // The job ran before and stored its result, but the completion may not have committed (its
      // worker died or was frozen mid-completion): every result is in and the review is still open.
      if (claimed.plan_status === 'in_review' && claimed.checks_pending <= 0) await this.commands.execute(new CompleteActionPlanReviewCommand(job.planId, job.version));
      return { outcome: 'already_done' };
    }

    const check = CHECKS.get(job.type);
    if (!check) return { outcome: 'stale' };
    const checked = { id: job.planId, version: job.version, leadPartnerCode: claimed.lead_partner_code, content: claimed.content };
    const context = await this.data.context();
    const outcome = check.run(checked, await check.load?.(checkDatabase(em), checked, context), context);
    const stored = check.relations ? await this.storeWithRelations(em, check, checked, outcome, context, job) : await storeResult(em, job, outcome);
    if (stored === 'last') await this.commands.execute(new CompleteActionPlanReviewCommand(job.planId, job.version));
    return { outcome: stored === 'not_stored' ? 'already_done' : 'stored' };
  }

  /**
   * The outcome of a check that keeps its findings about other plans as relations: the relations
   * and the plan's own result in one transaction, under the row locks of the plan and of every plan
   * the findings name, taken in id order. Two checks that find each other take turns, and the
   * second sees the first's relation; a plan named whose review is still open reads the relation
   * when it completes (its completion locks its row, which this transaction holds). To a plan
   * already awaiting a decision the relation may be news: its history records it and its
   * recommendation follows.
   */
  private async storeWithRelations(
    em: EntityManager,
    check: CheckModule,
    plan: CheckedPlan,
    outcome: CheckOutcome,
    context: CheckContext,
    job: CheckJob,
  ): Promise<'not_stored' | 'stored' | 'last'> {
    const named = outcome.findings.flatMap((finding) => (finding.relatedPlanId && finding.related ? [finding.relatedPlanId] : []));
    return inTransaction(em, async (tx) => {
      const locked = await preparedQuery<{ id: string; current_version: number }>(tx, 'select id, current_version from action_plan where id = any($1::uuid[]) order by id for update', [
        [...new Set([plan.id, ...named])],
      ]);
      if (!locked.some((row) => row.id === plan.id && row.current_version === plan.version)) return 'not_stored';
      const news = await check.relations!.store(checkDatabase(tx), plan, outcome, context);
      const stored = await storeResult(tx, job, withoutRelated(outcome));
      // Another run of the job stored the result first: what it told is told.
      if (stored !== 'not_stored') await this.tell(tx, news, context);
      return stored;
    });
  }

  /** Each plan awaiting a decision that a relation is news to: recorded in its history, its recommendation updated. */
  private async tell(tx: EntityManager, news: readonly RelationNews[], context: CheckContext): Promise<void> {
    if (news.length === 0) return;
    const results = await shownResults(checkDatabase(tx), CHECKS, news, context.settings);
    for (const { planId, version, finding } of news) {
      const plan = await this.plans.lockForUpdate(tx, planId);
      if (!plan || plan.currentVersion !== version || plan.status !== 'awaiting_decision') continue;
      plan.recordOverlapFound({ relatedPlanId: finding.relatedPlanId, score: finding.related.score, severity: finding.severity === 'warning' ? 'warning' : 'info' });
      const final = (results.get(resultKey({ planId, version })) ?? []).filter((result): result is typeof result & { status: CheckOutcome['status'] } => isFinal(result.status));
      plan.updateRecommendation(recommend(final), SYSTEM_ACTOR);
      await this.plans.save(tx, plan);
    }
  }
}

@CommandHandler(RecordCheckFailureCommand)
export class RecordCheckFailureHandler implements ICommandHandler<RecordCheckFailureCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly commands: CommandBus,
  ) {}

  async execute({ job, reason }: RecordCheckFailureCommand): Promise<void> {
    const failure: CheckOutcome = {
      status: 'failed',
      findings: [{ code: 'CHECK_ERROR', severity: 'error', message: `the ${job.type} check could not run: ${reason.slice(0, 500)}` }],
    };
    if ((await storeResult(this.em.fork(), { ...job, rerun: false }, failure)) === 'last') await this.commands.execute(new CompleteActionPlanReviewCommand(job.planId, job.version));
  }
}

/**
 * In one statement: marks the result `running` (a first run of a current version only) and reads
 * the version's content with the result's status as it was before. PostgreSQL runs a data-modifying
 * WITH to completion even though the query does not read it, and the query's snapshot does not see
 * its change: the status read is the one the job found.
 */
async function claim(em: EntityManager, job: CheckJob): Promise<ClaimedCheck | undefined> {
  const [row] = await preparedQuery<ClaimedCheck>(
    em,
    `with claimed as (
       update check_result r set status = 'running', started_at = now(), attempts = r.attempts + 1
        where r.plan_id = $1 and r.version = $2 and r.type = $3 and r.status in ('pending', 'running') and not $4::boolean
          and exists (select 1 from action_plan p where p.id = r.plan_id and p.current_version = r.version)
       returning r.plan_id)
     select p.lead_partner_code, v.content, p.status as plan_status, p.checks_pending,
            (select r.status from check_result r where r.plan_id = p.id and r.version = v.number and r.type = $3) as status
       from action_plan p
       join action_plan_version v on v.plan_id = p.id and v.number = $2
      where p.id = $1 and p.current_version = $2`,
    [job.planId, job.version, job.type, job.rerun === true],
  );
  return row;
}

/**
 * Stores the outcome: a first result (over a pending or running one) decrements the plan's
 * `checks_pending` in the same statement; the row lock of that update serialises checks finishing
 * at once, so exactly one sees zero and answers `last`. A rerun replaces a final result, and is
 * `last` too, so that the completion updates the recommendation. `not_stored`: the result was
 * final already (a redelivered job), or the version has none.
 */
async function storeResult(em: EntityManager, job: CheckJob, outcome: CheckOutcome): Promise<'not_stored' | 'stored' | 'last'> {
  const values = [outcome.status, outcome.score ?? null, JSON.stringify(outcome.findings), job.planId, job.version, job.type];
  const [first] = await preparedQuery<{ stored: number; pending: number | null }>(
    em,
    `with stored as (
       update check_result set status = $1, score = $2, findings = $3::jsonb, completed_at = now()
        where plan_id = $4 and version = $5 and type = $6 and status in ('pending', 'running')
       returning plan_id),
     counted as (
       update action_plan p set checks_pending = p.checks_pending - 1
        where p.id = $4 and exists (select 1 from stored)
       returning p.checks_pending)
     select (select count(*)::int from stored) as stored, (select checks_pending from counted) as pending`,
    values,
  );
  if (first.stored > 0) return first.pending === null || first.pending <= 0 ? 'last' : 'stored';
  if (!job.rerun) return 'not_stored';
  const replaced = await preparedQuery(
    em,
    'update check_result set status = $1, score = $2, findings = $3::jsonb, completed_at = now() where plan_id = $4 and version = $5 and type = $6 returning plan_id',
    values,
  );
  return replaced.length > 0 ? 'last' : 'not_stored';
}
