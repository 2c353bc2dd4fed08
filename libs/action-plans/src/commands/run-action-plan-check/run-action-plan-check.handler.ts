import { EntityManager } from '@mikro-orm/postgresql';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CheckResult } from '../../checks/check-result.entity';
import { checkRegistry, type CheckDefinition } from '../../checks/registry';
import type { CheckStatus, CheckType } from '../../checks/check';
import { ActionPlan, ActionPlanVersion } from '../../domain';
import { CheckDataService } from '../../review/check-data.service';
import { CompleteActionPlanReviewCommand } from '../complete-action-plan-review/complete-action-plan-review.command';
import { RecordCheckFailureCommand, RunActionPlanCheckCommand, type CheckRun } from './run-action-plan-check.command';

const UNFINISHED: CheckStatus[] = ['pending', 'running'];

/**
 * Loads the version and what its check reads, runs the pure check, and stores the outcome only over
 * a result still pending or running (or, for a rerun, over the previous outcome): a redelivered job
 * finds the result final and changes nothing. Then the review completes if this was the last one.
 */
@CommandHandler(RunActionPlanCheckCommand)
export class RunActionPlanCheckHandler implements ICommandHandler<RunActionPlanCheckCommand> {
  private readonly checks: ReadonlyMap<CheckType, CheckDefinition> = checkRegistry();

  constructor(
    private readonly em: EntityManager,
    private readonly data: CheckDataService,
    private readonly commands: CommandBus,
  ) {}

  async execute({ job }: RunActionPlanCheckCommand): Promise<CheckRun> {
    const em = this.em.fork();
    const key = { planId: job.planId, version: job.version, type: job.type };
    const [result, plan, version] = await Promise.all([
      em.findOne(CheckResult, key),
      em.findOne(ActionPlan, { id: job.planId }),
      em.findOne(ActionPlanVersion, { planId: job.planId, number: job.version }),
    ]);
    if (!result || !plan || !version || plan.currentVersion !== job.version) return { outcome: 'stale', rerunOverlapOf: [] };
    if (result.isFinal && !job.rerun) return { outcome: 'already_done', rerunOverlapOf: [] };

    await em.nativeUpdate(CheckResult, { ...key, status: { $in: UNFINISHED } }, { status: 'running', startedAt: new Date(), attempts: result.attempts + 1 });
    const check = this.checks.get(job.type)!;
    const checked = { id: plan.id, version: job.version, leadPartnerCode: plan.leadPartnerCode, content: version.content };
    const outcome = check.run(await this.data.inputs(em, checked, check.needs));
    const stored = await em.nativeUpdate(CheckResult, job.rerun ? key : { ...key, status: { $in: UNFINISHED } }, {
      status: outcome.status,
      score: outcome.score ?? null,
      findings: outcome.findings,
      completedAt: new Date(),
    });
    if (stored === 0) return { outcome: 'already_done', rerunOverlapOf: [] };
    await this.commands.execute(new CompleteActionPlanReviewCommand(job.planId, job.version));
    const related = outcome.findings.flatMap((finding) => (finding.severity === 'warning' && finding.relatedPlanId ? [finding.relatedPlanId] : []));
    return { outcome: 'stored', rerunOverlapOf: job.type === 'overlap' ? await this.unaware(em, job.planId, related) : [] };
  }

  /** Of the related plans still under review, those whose overlap result does not name `planId`. */
  private async unaware(em: EntityManager, planId: string, related: string[]): Promise<{ planId: string; version: number }[]> {
    if (related.length === 0) return [];
    const rows = await em.execute<{ plan_id: string; version: number }[]>(
      `select r.plan_id, r.version from check_result r
         join action_plan p on p.id = r.plan_id and p.current_version = r.version
        where r.plan_id = any(?::uuid[]) and r.type = 'overlap' and p.status in ('in_review', 'awaiting_decision')
          and r.status in ('passed', 'warning', 'failed')
          and not exists (select 1 from jsonb_array_elements(r.findings) f where f->>'relatedPlanId' = ?)`,
      [`{${related.join(',')}}`, planId],
    );
    return rows.map((row) => ({ planId: row.plan_id, version: row.version }));
  }
}

@CommandHandler(RecordCheckFailureCommand)
export class RecordCheckFailureHandler implements ICommandHandler<RecordCheckFailureCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly commands: CommandBus,
  ) {}

  async execute({ job, reason }: RecordCheckFailureCommand): Promise<void> {
    await this.em.fork().nativeUpdate(
      CheckResult,
      { planId: job.planId, version: job.version, type: job.type, status: { $in: UNFINISHED } },
      {
        status: 'failed',
        score: null,
        findings: [{ code: 'CHECK_ERROR', severity: 'error', message: `the ${job.type} check could not run: ${reason.slice(0, 500)}` }],
        completedAt: new Date(),
      },
    );
    await this.commands.execute(new CompleteActionPlanReviewCommand(job.planId, job.version));
  }
}
