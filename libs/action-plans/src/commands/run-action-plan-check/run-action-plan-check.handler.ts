import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, inTransaction, preparedQuery, type AppConfig } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { checkRegistry, type CheckDefinition } from '../../checks/registry';
import { isFinal, type CheckOutcome, type CheckStatus, type CheckType, type Finding } from '../../checks/check';
import { withLaterOverlap, type OverlapScore } from '../../checks/overlap.check';
import type { PlanContent } from '../../domain/plan-content';
import type { CheckJob } from '../../review/check-job';
import { CheckDataService } from '../../review/check-data.service';
import { CompleteActionPlanReviewCommand } from '../complete-action-plan-review/complete-action-plan-review.command';
import { RecordCheckFailureCommand, RunActionPlanCheckCommand, type CheckRun } from './run-action-plan-check.command';

interface ClaimedCheck {
  lead_partner_code: string;
  content: PlanContent;
  /** The result's status before this job claimed it; null when the version has no such result (stale). */
  status: CheckStatus | null;
  plan_status: string;
  checks_pending: number;
  /** Whether a later plan left the result a notice (overlap only). */
  noticed: boolean | null;
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
  private readonly checks: ReadonlyMap<CheckType, CheckDefinition> = checkRegistry();

  constructor(
    private readonly em: EntityManager,
    private readonly data: CheckDataService,
    private readonly plans: ActionPlanRepository,
    private readonly commands: CommandBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ job }: RunActionPlanCheckCommand): Promise<CheckRun> {
    const em = this.em.fork();
    const claimed = await claim(em, job);
    if (!claimed || claimed.status === null) return { outcome: 'stale' };
    if (!job.rerun && isFinal(claimed.status)) {
      // The job ran before and stored its result, but what followed may not have committed (its
      // worker died or was frozen mid-completion): notices may wait, or every result is in and the
      // review is still open.
      const merged = claimed.noticed === true && (await mergeOverlapNotices(em, this.plans, job, undefined, this.config.overlapWarningThreshold));
      if (merged || (claimed.plan_status === 'in_review' && claimed.checks_pending <= 0)) await this.commands.execute(new CompleteActionPlanReviewCommand(job.planId, job.version));
      return { outcome: 'already_done' };
    }

    const check = this.checks.get(job.type)!;
    const checked = { id: job.planId, version: job.version, leadPartnerCode: claimed.lead_partner_code, content: claimed.content };
    const outcome = check.run(await this.data.inputs(em, checked, check.needs));
    // Before the store, so that a job retried after a crash between the two tells them again.
    if (job.type === 'overlap') await this.tellEarlierPlans(em, job.planId, outcome);
    return { outcome: (await storeResult(em, this.plans, this.commands, job, outcome, this.config.overlapWarningThreshold)) ? 'stored' : 'already_done' };
  }

  /**
   * An overlap found now is news to the plans under review that were checked before this one was
   * in the portfolio: each gets this plan's finding merged into its own overlap result (the score is
   * symmetric), instead of its whole check run again, which made every new plan rerun the checks
   * of all it overlapped, and those reruns rerun others'. Only overlaps from the warning threshold
   * are told. The rows are locked in id order, so two plans telling the same ones cannot deadlock;
   * a plan whose result changed status gets its recommendation updated.
   *
   * A plan whose overlap check is running may have searched the portfolio before this plan was in
   * it, and would store a result that misses it: it gets a notice instead, which its own store
   * merges (`mergeOverlapNotices`). The row lock decides which of the two sees the other. A check
   * not yet claimed needs none: its search comes after this lock, so it finds this plan itself.
   *
   * A plan withdrawn or superseded while its check ran tells nobody: it has left the portfolio. One
   * that leaves it just after this read has told them; the decision's coordination gate counts only
   * overlaps with plans still in the portfolio.
   */
  private async tellEarlierPlans(em: EntityManager, planId: string, outcome: CheckOutcome): Promise<void> {
    const options = { warningThreshold: this.config.overlapWarningThreshold };
    const told = new Map(outcome.findings.flatMap((finding) =>
      finding.relatedPlanId && finding.related && finding.related.score >= options.warningThreshold ? [[finding.relatedPlanId, finding.related as OverlapScore] as const] : []));
    if (told.size === 0) return;
    const changed = await inTransaction(em, async (tx) => {
      const rows = await preparedQuery<Omit<OverlapResult, 'status'> & { status: CheckStatus; linked: boolean }>(
        tx,
        `select r.ctid::text as row_id, r.plan_id, r.version, r.status, r.score, r.findings,
                (v.content->'supersedes' @> jsonb_build_array($1::text) or v.content->'coFunds' @> jsonb_build_array($1::text)) as linked
           from check_result r
           join action_plan p on p.id = r.plan_id and p.current_version = r.version
           join action_plan_version v on v.plan_id = r.plan_id and v.number = r.version
          where r.plan_id = any($2::uuid[]) and r.type = 'overlap' and p.status in ('in_review', 'awaiting_decision')
            and not exists (select 1 from jsonb_array_elements(r.findings) f where f->>'relatedPlanId' = $1)
            and exists (select 1 from action_plan t where t.id = $1::uuid and t.status in ('in_review', 'awaiting_decision'))
          order by r.plan_id
          for update of r`,
        [planId, [...told.keys()]],
      );
      const running = rows.filter((row) => row.status === 'running');
      if (running.length > 0) {
        await preparedQuery(
          tx,
          `with noticed as (
             insert into overlap_notice (plan_id, version, related_plan_id, related, linked)
             select n.plan_id, n.version, $1::uuid, n.related, n.linked from jsonb_to_recordset($2::jsonb) as n (plan_id uuid, version int, related jsonb, linked boolean)
             on conflict (plan_id, version, related_plan_id) do update set related = excluded.related, linked = excluded.linked
             returning plan_id, version)
           update check_result r set noticed = true from noticed n where r.plan_id = n.plan_id and r.version = n.version and r.type = 'overlap'`,
          [planId, JSON.stringify(running.map(({ plan_id, version, linked }) => ({ plan_id, version, related: told.get(plan_id), linked })))],
        );
      }
      const final = rows.filter((row): row is OverlapResult & { status: CheckOutcome['status']; linked: boolean } => isFinal(row.status));
      const changed = await rewriteOverlapResults(tx, final, (row) => withLaterOverlap(row, planId, told.get(row.plan_id)!, options, row.linked));
      await recordOverlapsFound(
        tx,
        this.plans,
        final.map((row) => ({ planId: row.plan_id, version: row.version, relatedPlanId: planId, score: told.get(row.plan_id)!.score, linked: row.linked })),
      );
      return changed;
    });
    for (const { plan_id, version } of changed) await this.commands.execute(new CompleteActionPlanReviewCommand(plan_id, version));
  }
}

/** A plan's overlap result, as stored, read under its row lock. */
interface OverlapResult {
  /** The locked row's physical address, which cannot change while the transaction holds the lock. */
  row_id: string;
  plan_id: string;
  version: number;
  status: CheckOutcome['status'];
  score: number | null;
  findings: Finding[];
}

/**
 * Writes each result as `merged` makes it, in one statement; answers those whose status changed.
 * The rows are found by the addresses their locking read returned (a TID scan) and checked against
 * their keys: joined to the list by key alone, a prepared plan made while the table was small scans
 * it whole, and kept doing so as it grew (908 buffers a call after 2,000 plans, docs/performance.md).
 */
async function rewriteOverlapResults<R extends OverlapResult>(em: EntityManager, rows: R[], merged: (row: CheckOutcome & R) => CheckOutcome): Promise<OverlapResult[]> {
  if (rows.length === 0) return [];
  const updated = rows.map((row) => ({ ...row, ...merged({ ...row, score: row.score ?? undefined }) }));
  const written = await preparedQuery(
    em,
    `update check_result r set status = u.status, score = u.score, findings = u.findings, completed_at = now()
       from jsonb_to_recordset($1::jsonb) as u (plan_id uuid, version int, status text, score int, findings jsonb)
      where r.ctid = any($2::tid[]) and r.plan_id = u.plan_id and r.version = u.version and r.type = 'overlap'
      returning r.plan_id`,
    [JSON.stringify(updated.map(({ plan_id, version, status, score, findings }) => ({ plan_id, version, status, score, findings }))), rows.map((row) => row.row_id)],
  );
  // Cannot happen while the rows are locked; if it did, the transaction is rolled back and the job retried rather than a finding lost.
  if (written.length !== rows.length) throw new Error(`overlap results rewritten: ${written.length} of ${rows.length}`);
  return updated.filter((row, index) => row.status !== rows[index].status);
}

/**
 * Merges into the plan's stored overlap result what later plans told it while its check ran
 * (`tellEarlierPlans`). Run after the store has committed: a plan that told it before then left
 * its notice under the result's row lock, which the store waited for, and one after it merged into
 * the stored result directly, so no notice comes after this. Most notices name a plan the check
 * found itself (its search came after that plan entered the portfolio), and only need deleting.
 * `stored`: the outcome just stored, when known. Answers whether the result's status changed.
 */
async function mergeOverlapNotices(em: EntityManager, plans: ActionPlanRepository, job: CheckJob, stored: CheckOutcome | undefined, warningThreshold: number): Promise<boolean> {
  const notices = await preparedQuery<{ related_plan_id: string }>(em, 'select related_plan_id from overlap_notice where plan_id = $1 and version = $2', [job.planId, job.version]);
  if (notices.length === 0) return false;
  const found = new Set(stored?.findings.map((finding) => finding.relatedPlanId));
  if (notices.every((notice) => found.has(notice.related_plan_id))) {
    await preparedQuery(em, 'delete from overlap_notice where plan_id = $1 and version = $2', [job.planId, job.version]);
    return false;
  }
  const changed = await inTransaction(em, async (tx) => {
    const rows = await preparedQuery<OverlapResult>(
      tx,
      `select ctid::text as row_id, plan_id, version, status, score, findings from check_result where plan_id = $1 and version = $2 and type = 'overlap' for update`,
      [job.planId, job.version],
    );
    const notices = await preparedQuery<{ related_plan_id: string; related: OverlapScore; linked: boolean }>(
      tx,
      'delete from overlap_notice where plan_id = $1 and version = $2 returning related_plan_id, related, linked',
      [job.planId, job.version],
    );
    const final = rows.filter((row) => isFinal(row.status));
    const changed = await rewriteOverlapResults(tx, final, (row) =>
      notices.reduce<CheckOutcome>((outcome, notice) => withLaterOverlap(outcome, notice.related_plan_id, notice.related, { warningThreshold }, notice.linked), row),
    );
    // Only what the result did not hold yet is news: a notice of a plan the check found itself is not.
    const known = new Set(final.flatMap((row) => row.findings.map((finding) => finding.relatedPlanId)));
    await recordOverlapsFound(
      tx,
      plans,
      final.length === 0
        ? []
        : notices
            .filter((notice) => !known.has(notice.related_plan_id))
            .map((notice) => ({ planId: job.planId, version: job.version, relatedPlanId: notice.related_plan_id, score: notice.related.score, linked: notice.linked })),
    );
    return changed;
  });
  return changed.length > 0;
}

/**
 * Records in the history of each plan whose overlap result just took in a later plan's finding that
 * it did: the result changed under the plan's reviewers without its check running. In the
 * transaction that rewrote the results, each plan's row locked in id order (as the results' were);
 * a plan that has moved to another version since keeps its history as it is.
 */
async function recordOverlapsFound(
  tx: EntityManager,
  plans: ActionPlanRepository,
  found: readonly { planId: string; version: number; relatedPlanId: string; score: number; linked: boolean }[],
): Promise<void> {
  for (const { planId, version, relatedPlanId, score, linked } of [...found].sort((a, b) => (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : 0))) {
    const plan = await plans.lockForUpdate(tx, planId);
    if (!plan || plan.currentVersion !== version) continue;
    plan.recordOverlapFound({ relatedPlanId, score, severity: linked ? 'info' : 'warning' });
    await plans.save(tx, plan);
  }
}

@CommandHandler(RecordCheckFailureCommand)
export class RecordCheckFailureHandler implements ICommandHandler<RecordCheckFailureCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly plans: ActionPlanRepository,
    private readonly commands: CommandBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ job, reason }: RecordCheckFailureCommand): Promise<void> {
    const failure: CheckOutcome = {
      status: 'failed',
      findings: [{ code: 'CHECK_ERROR', severity: 'error', message: `the ${job.type} check could not run: ${reason.slice(0, 500)}` }],
    };
    await storeResult(this.em.fork(), this.plans, this.commands, { ...job, rerun: false }, failure, this.config.overlapWarningThreshold);
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
            (select r.status from check_result r where r.plan_id = p.id and r.version = v.number and r.type = $3) as status,
            (select r.noticed from check_result r where r.plan_id = p.id and r.version = v.number and r.type = $3) as noticed
       from action_plan p
       join action_plan_version v on v.plan_id = p.id and v.number = $2
      where p.id = $1 and p.current_version = $2`,
    [job.planId, job.version, job.type, job.rerun === true],
  );
  return row;
}

/**
 * Stores the outcome and completes the review when it was the last one. A first result (over a
 * pending or running one) decrements the plan's `checks_pending` in the same statement; the row
 * lock of that update serialises checks finishing at once, so exactly one sees zero. A rerun
 * replaces a final result and lets the completion update the recommendation. An overlap result
 * then takes in the notices later plans left while it ran: the update returns the result's
 * `noticed` flag as the teller committed it, since it waited for the teller's row lock.
 * Answers whether the outcome was stored.
 */
async function storeResult(em: EntityManager, plans: ActionPlanRepository, commands: CommandBus, job: CheckJob, outcome: CheckOutcome, warningThreshold: number): Promise<boolean> {
  const values = [outcome.status, outcome.score ?? null, JSON.stringify(outcome.findings), job.planId, job.version, job.type];
  const [first] = await preparedQuery<{ stored: number; pending: number | null; noticed: boolean }>(
    em,
    `with stored as (
       update check_result set status = $1, score = $2, findings = $3::jsonb, completed_at = now()
        where plan_id = $4 and version = $5 and type = $6 and status in ('pending', 'running')
       returning plan_id, noticed),
     counted as (
       update action_plan p set checks_pending = p.checks_pending - 1
        where p.id = $4 and exists (select 1 from stored)
       returning p.checks_pending)
     select (select count(*)::int from stored) as stored, (select checks_pending from counted) as pending, coalesce((select bool_or(noticed) from stored), false) as noticed`,
    values,
  );
  let noticed = first.noticed;
  if (first.stored === 0) {
    if (!job.rerun) return false;
    const [replaced] = await preparedQuery<{ noticed: boolean }>(
      em,
      'update check_result set status = $1, score = $2, findings = $3::jsonb, completed_at = now() where plan_id = $4 and version = $5 and type = $6 returning noticed',
      values,
    );
    if (!replaced) return false;
    noticed = replaced.noticed;
  }
  const last = first.stored === 0 || first.pending === null || first.pending <= 0;
  const merged = noticed && (await mergeOverlapNotices(em, plans, job, outcome, warningThreshold));
  if (last || merged) await commands.execute(new CompleteActionPlanReviewCommand(job.planId, job.version));
  return true;
}
