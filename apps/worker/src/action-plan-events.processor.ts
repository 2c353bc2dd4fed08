import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Queue, UnrecoverableError, type Job } from 'bullmq';
import {
  ActionPlan,
  CHECKS,
  REVIEW_JOB,
  rerunJobId,
  reviewJobId,
  reviewJobOptions,
  StartActionPlanReviewCommand,
  type ActionPlanEventType,
  type ReviewJob,
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
    @InjectQueue(QUEUES.actionPlanChecks) private readonly reviews: Queue<ReviewJob>,
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
          // The review job is added at once rather than a relay hop later, when
          // ActionPlanReviewStarted would add it; that event adds it again under the same id (a
          // no-op), which covers a worker that dies between this commit and this add.
          const changed = await this.commands.execute(new StartActionPlanReviewCommand(planId, version));
          if (changed) await this.enqueueReview(planId, version);
          return { changed };
        }
        case 'ActionPlanReviewStarted':
          await this.enqueueReview(planId, version);
          return { enqueued: 1 };
        default:
          return CHECKS.rerunBy(job.name).length > 0 ? { enqueued: await this.rerunChecks(job.name, planId, version, seq) } : { changed: false };
      }
    } catch (error) {
      if (error instanceof DomainError && !error.retryable) throw new UnrecoverableError(`${error.code}: ${error.message}`);
      throw error;
    }
  }

  private async enqueueReview(planId: string, version: number): Promise<void> {
    await this.reviews.add(REVIEW_JOB, { planId, version }, reviewJobOptions(this.config, reviewJobId(planId, version)));
  }

  /**
   * The checks the event runs again (an endorsement, the endorsement check), each a job of its own
   * under an id of the event. Until the review completes there is nothing to rerun: the review reads
   * what the event recorded (it reads its inputs again when the plan changed before it locked it).
   */
  private async rerunChecks(event: ActionPlanEventType, planId: string, version: number, seq: number): Promise<number> {
    const plan = await this.em.fork().findOne(ActionPlan, { id: planId }, { fields: ['status', 'currentVersion'] });
    if (!plan || plan.currentVersion !== version || plan.status !== 'awaiting_decision') return 0;
    const reruns = CHECKS.rerunBy(event);
    await this.reviews.addBulk(
      reruns.map(({ type }) => ({ name: type, data: { planId, version, checks: [type] }, opts: reviewJobOptions(this.config, rerunJobId(planId, version, type, seq)) })),
    );
    return reruns.length;
  }
}
