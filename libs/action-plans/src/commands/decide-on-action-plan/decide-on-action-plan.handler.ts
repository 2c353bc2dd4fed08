import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type Actor, type AppConfig } from '@accord/shared';
import { ActionPlanRepository } from '../../action-plan.repository';
import { CheckResult } from '../../checks/check-result.entity';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTIVE_STATUSES, ActionPlan, ActionPlanNotFoundError, ActionPlanThread, AlreadyDecidedError, canTransition, Decision } from '../../domain';
import { toActionPlanView } from '../../views/action-plan.view';
import { DecideOnActionPlanCommand, type DecisionView } from './decide-on-action-plan.command';

const view = (decision: Decision): DecisionView => ({
  id: decision.id,
  planId: decision.planId,
  version: decision.version,
  decision: decision.decision,
  reviewerId: decision.reviewerId,
  affiliation: decision.affiliation,
  comment: decision.comment,
  override: decision.override,
  coordination: decision.coordination,
  threads: decision.threads,
  createdAt: decision.createdAt.toISOString(),
});

/**
 * Decisions on one plan are serialised by a row lock on the plan, so each sees every decision
 * committed before it: parallel approvals can neither approve twice nor approve with too few
 * reviewers. The unique (plan, version, reviewer) key backs the one-decision-per-reviewer rule.
 */
@CommandHandler(DecideOnActionPlanCommand)
export class DecideOnActionPlanHandler implements ICommandHandler<DecideOnActionPlanCommand> {
  constructor(
    private readonly plans: ActionPlanRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ reviewer, planId, input, ifMatch }: DecideOnActionPlanCommand) {
    try {
      return await this.plans.transaction(async (em) => {
        const plan = await em.findOne(ActionPlan, { id: planId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!plan) throw new ActionPlanNotFoundError(planId);
        plan.assertMatches(ifMatch);
        const [priorDecisions, results, citedThreads] = await Promise.all([
          em.find(Decision, { planId, version: plan.currentVersion }),
          em.find(CheckResult, { planId, version: plan.currentVersion }),
          input.threads?.length ? em.find(ActionPlanThread, { planId, id: { $in: [...input.threads] } }) : [],
        ]);
        const decision = plan.decide(input, reviewer, {
          priorDecisions,
          failedChecks: results.filter((result) => result.status === 'failed').map((result) => result.type),
          overlapWarned: await this.overlapsActivePlan(em, results),
          approvalsRequired: this.config.approvalsRequired,
          citedThreads,
        });
        em.persist(decision);
        await this.plans.save(em, plan);
        const { content } = await this.plans.loadVersion(em, planId, plan.currentVersion);
        if (plan.status === 'approved') await this.supersede(em, plan, content.supersedes, reviewer);
        await em.flush();
        return { decision: view(decision), plan: toActionPlanView(plan, content), etag: plan.etag };
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException && /decision_plan_id_version_reviewer_id/.test(error.message)) throw new AlreadyDecidedError();
      throw error;
    }
  }

  /**
   * Whether the overlap check warned of a plan still in the portfolio: one withdrawn, rejected or
   * superseded since (or while its own check ran) has nothing left to coordinate with.
   */
  private async overlapsActivePlan(em: EntityManager, results: readonly CheckResult[]): Promise<boolean> {
    const related = results
      .filter((result) => result.type === 'overlap')
      .flatMap((result) => result.findings)
      .filter((finding) => finding.severity === 'warning')
      .map((finding) => finding.relatedPlanId);
    if (related.length === 0) return false;
    if (related.some((id) => id === undefined)) return true;
    const active = await em.count(ActionPlan, { id: { $in: related as string[] }, status: { $in: [...ACTIVE_STATUSES] } });
    return active > 0;
  }

  /**
   * An approved consolidated plan retires the plans it supersedes, in the same transaction: those
   * still open or approved, led by a partner taking part in it. Others are left as they are (the
   * completeness of the consolidation is for the reviewers to judge), and the consolidated plan's
   * history records which were superseded and which were not, so it tells what its approval did.
   */
  private async supersede(em: EntityManager, consolidated: ActionPlan, ids: readonly string[], actor: Actor): Promise<void> {
    if (ids.length === 0) return;
    const others = await em.find(ActionPlan, { id: { $in: [...ids] } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
    const superseded: string[] = [];
    for (const other of others) {
      if (other.id === consolidated.id || !canTransition('supersede', other.status) || !consolidated.partnerCodes.includes(other.leadPartnerCode)) continue;
      other.supersede(consolidated, actor);
      await this.plans.save(em, other);
      superseded.push(other.id);
    }
    consolidated.recordConsolidation(superseded, [...new Set(ids)].filter((id) => !superseded.includes(id)), actor);
    await this.plans.save(em, consolidated);
  }
}
