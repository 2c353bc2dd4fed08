import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Job, Queue } from 'bullmq';
import {
  MarkOverdueActionPlansCommand,
  RecordReviewFailureCommand,
  REVIEW_JOB,
  reviewJobId,
  type ReviewJob,
} from '@accord/action-plans';
import { WebhookDelivery, webhookDeliveryJobId, webhookDeliveryJobOptions, webhookEventOf, type WebhookDeliveryJob } from '@accord/notifications';
import { FailIatiImportCommand } from '@accord/portfolio/iati';
import { IATI_IMPORT_JOB_PREFIX, iatiImportJobId, QUEUES, WORKER_OPTIONS } from '@accord/queues';
import { ObservedWorkerHost, WorkerMetrics } from './worker-metrics';
import { APP_CONFIG, type AppConfig } from '@accord/shared';

const RECONCILE_JOB = 'reconcile-reviews';
const ESCALATE_JOB = 'escalate-overdue';
const BATCH = 500;

/** What a reconcile run did to the reviews it found stuck. */
interface ReviewTally {
  /** Review jobs added again: lost, or completed without completing the review. */
  started: number;
  failed: number;
}

interface Stuck {
  id: string;
  current_version: number;
}

/**
 * The repeatable housekeeping jobs, each run by one worker at a time.
 *
 * `escalate-overdue` marks the plans that have awaited a decision longer than REVIEW_SLA_HOURS.
 *
 * `reconcile-reviews` finishes what lost jobs left undone, so no plan stays in `submitted` or `in_review`: for a
 * plan whose review has not completed, a missing review job is enqueued again, a failed one makes
 * its unfinished results CHECK_ERRORs and completes the review, and a completed one that left the
 * review undone is run again under a new id. Background IATI imports whose job can no longer run them
 * are failed (`reconcileImports`), and webhook deliveries whose job was lost or failed are sent
 * again or failed (`reconcileDeliveries`).
 */
@Processor(QUEUES.maintenance, WORKER_OPTIONS)
export class MaintenanceProcessor extends ObservedWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {

  constructor(
    private readonly commands: CommandBus,
    private readonly em: EntityManager,
    @InjectQueue(QUEUES.maintenance) private readonly maintenance: Queue,
    @InjectQueue(QUEUES.actionPlanChecks) private readonly reviews: Queue<ReviewJob>,
    @InjectQueue(QUEUES.iatiImports) private readonly imports: Queue,
    @InjectQueue(QUEUES.webhookDeliveries) private readonly deliveries: Queue<WebhookDeliveryJob>,
    metrics: WorkerMetrics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(metrics, config);
  }

  private retry?: NodeJS.Timeout;
  private stopped = false;

  onApplicationBootstrap(): void {
    void this.schedule();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  /**
   * The schedulers live in Redis, which may come up after the worker, or lose its keys (a flush, a
   * restart without persistence) and the schedulers with them: they are asserted again as often as
   * the more frequent job runs (at most every minute), so the jobs go on without a worker restart.
   * Upserting an unchanged scheduler adds nothing.
   */
  private async schedule(): Promise<void> {
    let again = Math.min(this.config.reconcileEveryMs, this.config.escalationEveryMs, 60_000);
    try {
      for (const [name, every] of [
        [RECONCILE_JOB, this.config.reconcileEveryMs],
        [ESCALATE_JOB, this.config.escalationEveryMs],
      ] as const) {
        await this.maintenance.upsertJobScheduler(name, { every }, { name, opts: { removeOnComplete: 100, removeOnFail: 100 } });
      }
    } catch (error) {
      this.logger.warn(`could not schedule the maintenance jobs yet, retrying: ${(error as Error).message}`);
      again = 5000;
    }
    if (!this.stopped) this.retry = setTimeout(() => void this.schedule(), again);
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === RECONCILE_JOB) return (await this.anotherReconcileRuns(job)) ? { skipped: true } : this.reconcile();
    if (job.name === ESCALATE_JOB) return { overdue: await this.commands.execute(new MarkOverdueActionPlansCommand()) };
    return null;
  }

  /**
   * The scheduler adds the next run when one starts, so under a backlog runs would overlap, each
   * walking the same plans: one at a time is enough.
   */
  private async anotherReconcileRuns(job: Job): Promise<boolean> {
    const active = await this.maintenance.getActive();
    return active.some((other) => other.name === RECONCILE_JOB && other.id !== job.id);
  }

  async reconcile(): Promise<ReviewTally & { imports: number; deliveries: { requeued: number; failed: number } }> {
    const stuck = await this.em.fork().execute<Stuck[]>(
      `select p.id, p.current_version
         from action_plan p
        where p.status in ('submitted', 'in_review') and p.updated_at < now() - (? * interval '1 millisecond')
        order by p.updated_at
        limit ?`,
      [this.config.reconcileAfterMs, BATCH],
    );
    const tally: ReviewTally = { started: 0, failed: 0 };
    for (const plan of stuck) {
      // The oldest come first, every run: one whose repair keeps failing must not stop those after it.
      await this.reconcileReview({ planId: plan.id, version: plan.current_version }, tally).catch((error: Error) => this.logger.error(`could not reconcile plan ${plan.id}: ${error.message}`));
    }
    if (stuck.length > 0) this.logger.log(`reconciled ${stuck.length} plans: ${JSON.stringify(tally)}`);
    const imports = await this.reconcileImports();
    if (imports > 0) this.logger.warn(`failed ${imports} IATI imports whose job could no longer run them`);
    const deliveries = await this.reconcileDeliveries();
    if (deliveries.requeued + deliveries.failed > 0) this.logger.warn(`webhook deliveries whose job was lost or failed: ${JSON.stringify(deliveries)}`);
    return { ...tally, imports, deliveries };
  }

  /**
   * A webhook delivery stays `pending` only while its job can still make an attempt. One whose job
   * was lost with Redis's keys gets its job again (the same id, so never twice); one whose job BullMQ
   * failed without running its last attempt (a job that stalled twice) is failed with the reason.
   */
  private async reconcileDeliveries(): Promise<{ requeued: number; failed: number }> {
    const pending = await this.em.fork().execute<{ id: string; webhook_id: string; event_id: string; event_type: string }[]>(
      `select d.id, d.webhook_id, d.event_id, d.event_type from webhook_delivery d
        where d.status = 'pending' and d.created_at < now() - (? * interval '1 millisecond')
        order by d.created_at
        limit ?`,
      [this.config.reconcileAfterMs, BATCH],
    );
    const tally = { requeued: 0, failed: 0 };
    for (const delivery of pending) {
      const { planId, seq } = webhookEventOf(delivery.event_id);
      const jobId = webhookDeliveryJobId(delivery.webhook_id, planId, seq);
      const { job, state } = await jobState(this.deliveries, jobId);
      if (state === 'lost') {
        await this.deliveries.add(delivery.event_type, { deliveryId: delivery.id, webhookId: delivery.webhook_id, planId, seq }, webhookDeliveryJobOptions(this.config, jobId));
        tally.requeued += 1;
      } else if (state === 'failed') {
        const failed = await this.em
          .fork()
          .nativeUpdate(WebhookDelivery, { id: delivery.id, status: 'pending' }, { status: 'failed', lastError: `the delivery job failed: ${job?.failedReason || 'no reason given'}` });
        tally.failed += failed;
      }
    }
    return tally;
  }

  /**
   * A background IATI import stays `queued` or `running` only while its job can still run it. BullMQ
   * fails a job that stalled twice without calling the processor (so the last attempt never
   * records the failure), and a Redis that lost its keys loses the job: such an import is failed
   * with the reason, and the partner may post the file again (drafts already written are found by
   * their identifiers). Only imports whose job was handed to Redis count: the others wait for the
   * outbox relay.
   */
  private async reconcileImports(): Promise<number> {
    const open = await this.em.fork().execute<{ id: string }[]>(
      `select i.id from iati_import i
        where i.status in ('queued', 'running') and i.created_at < now() - (? * interval '1 millisecond')
          and not exists (select 1 from outbox_message o where o.job_id = ?::text || i.id and o.published_at is null)
        order by i.created_at
        limit ?`,
      [this.config.reconcileAfterMs, IATI_IMPORT_JOB_PREFIX, BATCH],
    );
    let failed = 0;
    for (const { id } of open) {
      const { job, state } = await jobState(this.imports, iatiImportJobId(id));
      if (state !== 'failed' && state !== 'completed' && state !== 'lost') continue;
      const reason = state === 'failed' ? `the import failed: ${job?.failedReason || 'its job failed'}` : 'the import was interrupted and its job lost: post the file again';
      if ((await this.commands.execute(new FailIatiImportCommand(id, reason))).failed) failed += 1;
    }
    return failed;
  }

  private async reconcileReview(data: ReviewJob, tally: ReviewTally): Promise<void> {
    const jobId = reviewJobId(data.planId, data.version);
    const { job, state } = await jobState(this.reviews, jobId);
    if (state === 'lost') {
      await this.reviews.add(REVIEW_JOB, data, { jobId });
      tally.started += 1;
    } else if (state === 'failed') {
      if (await this.commands.execute(new RecordReviewFailureCommand(data, job?.failedReason || 'the job failed'))) tally.failed += 1;
    } else if (state === 'completed' && job && (await this.stillUnreviewed(data))) {
      // Keyed by the finished job, so overlapping reconciles add it once.
      await this.reviews.add(REVIEW_JOB, data, { jobId: `${jobId}-r${job.finishedOn ?? 0}` });
      tally.started += 1;
    }
  }

  /** Re-read after the job's state: the review may have completed since the list of stuck plans was read. */
  private async stillUnreviewed({ planId, version }: ReviewJob): Promise<boolean> {
    const rows = await this.em.fork().execute(`select 1 from action_plan where id = ? and current_version = ? and status in ('submitted', 'in_review')`, [planId, version]);
    return rows.length > 0;
  }
}

/** A job and its state; `lost` when Redis no longer knows it (removed, or its keys gone). */
async function jobState<T>(queue: Queue<T>, id: string): Promise<{ job: Job<T> | undefined; state: string }> {
  const job = await queue.getJob(id);
  const state = job ? await job.getState() : 'unknown';
  return { job, state: state === 'unknown' ? 'lost' : state };
}
