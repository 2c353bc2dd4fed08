import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Queue, UnrecoverableError, type Job } from 'bullmq';
import {
  ActionPlan,
  CHECK_TYPES,
  checkJobId,
  checkJobOptions,
  StartActionPlanReviewCommand,
  type ActionPlanEventType,
  type CheckJob,
} from '@accord/action-plans';
import { WebhookEnqueuer } from '@accord/notifications';
import { QUEUES, WORKER_OPTIONS, type ActionPlanEventJob } from '@accord/queues';
import { ObservedWorkerHost, WorkerMetrics } from './worker-metrics';
import { APP_CONFIG, DomainError, type AppConfig } from '@accord/shared';

/**
 * Reacts to a plan's history events. Each reaction is idempotent: a command that checks the plan's
 * state first, or jobs added under deterministic ids, so a redelivered event changes nothing.
 * A DomainError is final: retrying cannot help.
 */
@Processor(QUEUES.actionPlanEvents, WORKER_OPTIONS)
export class ActionPlanEventsProcessor extends ObservedWorkerHost {

  constructor(
    private readonly commands: CommandBus,
    private readonly em: EntityManager,
    @InjectQueue(QUEUES.actionPlanChecks) private readonly checks: Queue<CheckJob>,
    private readonly webhooks: WebhookEnqueuer,
    metrics: WorkerMetrics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(metrics, config);
  }

  async process(job: Job<ActionPlanEventJob, unknown, ActionPlanEventType>): Promise<unknown> {
    const { planId, version, seq } = job.data;
    await this.webhooks.enqueue(planId, seq);
    try {
      switch (job.name) {
        case 'ActionPlanSubmitted': {
          // The checks start at once rather than a relay hop later, when ActionPlanReviewStarted
          // would add them; that event adds them again under the same ids (a no-op), which covers
          // a worker that dies between this commit and this add.
          const changed = await this.commands.execute(new StartActionPlanReviewCommand(planId, version));
          if (changed) await this.enqueueChecks(planId, version);
          return { changed };
        }
        case 'ActionPlanReviewStarted':
          return { enqueued: await this.enqueueChecks(planId, version) };
        case 'ActionPlanEndorsed':
          return { enqueued: await this.rerunEndorsementCheck(planId, version, seq) };
        default:
          return { changed: false };
      }
    } catch (error) {
      if (error instanceof DomainError && !error.retryable) throw new UnrecoverableError(`${error.code}: ${error.message}`);
      throw error;
    }
  }

  private async enqueueChecks(planId: string, version: number): Promise<number> {
    await this.checks.addBulk(
      CHECK_TYPES.map((type) => ({ name: type, data: { planId, version, type }, opts: checkJobOptions(this.config, checkJobId(planId, version, type)) })),
    );
    return CHECK_TYPES.length;
  }

  /** Before the review starts there is nothing to rerun: the check will read the endorsement when it runs. */
  private async rerunEndorsementCheck(planId: string, version: number, seq: number): Promise<number> {
    const plan = await this.em.fork().findOne(ActionPlan, { id: planId }, { fields: ['status', 'currentVersion'] });
    if (!plan || plan.currentVersion !== version || !['in_review', 'awaiting_decision'].includes(plan.status)) return 0;
    const jobId = `${checkJobId(planId, version, 'endorsement')}-e${seq}`;
    await this.checks.add('endorsement', { planId, version, type: 'endorsement', rerun: true }, checkJobOptions(this.config, jobId));
    return 1;
  }
}
