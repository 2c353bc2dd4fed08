import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Job, Queue } from 'bullmq';
import {
  checkJobId,
  checkJobOptions,
  CompleteActionPlanReviewCommand,
  MarkOverdueActionPlansCommand,
  RecordCheckFailureCommand,
  StartActionPlanReviewCommand,
  type CheckJob,
  type CheckType,
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
  started: number;
  requeued: number;
  failed: number;
  completed: number;
}

interface Stuck {
  id: string;
  status: 'submitted' | 'in_review';
  current_version: number;
  unfinished: CheckType[] | null;
}

/**
 * The repeatable housekeeping jobs, each run by one worker at a time.
 *
 * `escalate-overdue` marks the plans that have awaited a decision longer than REVIEW_SLA_HOURS.
 *
 * `reconcile-reviews` finishes what lost jobs left undone, so no plan stays in `submitted` or `in_review`: a plan
 * submitted long ago is taken into review; for each unfinished check of a plan in review, a missing
 * job is enqueued again, a failed job becomes a CHECK_ERROR result, and a completed one that left
 * no result is run again under a new id. Background IATI imports whose job can no longer run them
 * are failed (`reconcileImports`), and webhook deliveries whose job was lost or failed are sent
 * again or failed (`reconcileDeliveries`).
 */
@Processor(QUEUES.maintenance, WORKER_OPTIONS)
export class MaintenanceProcessor extends ObservedWorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {

  constructor(
    private readonly commands: CommandBus,
    private readonly em: EntityManager,
    @InjectQueue(QUEUES.maintenance) private readonly maintenance: Queue,
    @InjectQueue(QUEUES.actionPlanChecks) private readonly checks: Queue<CheckJob>,
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
      `select p.id, p.status, p.current_version,
              (select array_agg(r.type) from check_result r
                where r.plan_id = p.id and r.version = p.current_version and r.status in ('pending', 'running')) as unfinished
         from action_plan p
        where p.status in ('submitted', 'in_review') and p.updated_at < now() - (? * interval '1 millisecond')
        order by p.updated_at
        limit ?`,
      [this.config.reconcileAfterMs, BATCH],
    );
    const tally: ReviewTally = { started: 0, requeued: 0, failed: 0, completed: 0 };
    for (const plan of stuck) {
      // The oldest come first, every run: one whose repair keeps failing must not stop those after it.
      await this.reconcilePlan(plan, tally).catch((error: Error) => this.logger.error(`could not reconcile plan ${plan.id}: ${error.message}`));
    }
    // Notices for a version no longer under review are never merged (tellEarlierPlans tells only those under review).
    await this.em.fork().execute(
      `delete from overlap_notice n where not exists
         (select 1 from action_plan p where p.id = n.plan_id and p.current_version = n.version and p.status in ('in_review', 'awaiting_decision'))`,
    );
    if (stuck.length > 0) this.logger.log(`reconciled ${stuck.length} plans: ${JSON.stringify(tally)}`);
    const imports = await this.reconcileImports();
    if (imports > 0) this.logger.warn(`failed ${imports} IATI imports whose job could no longer run them`);
    const deliveries = await this.reconcileDeliveries();
    if (deliveries.requeued + deliveries.failed > 0) this.logger.warn(`webhook deliveries whose job was lost or failed: ${JSON.stringify(deliveries)}`);
    return { ...tally, imports, deliveries };
  }

  private async reconcilePlan(plan: Stuck, tally: ReviewTally): Promise<void> {
    if (plan.status === 'submitted') {
      if (await this.commands.execute(new StartActionPlanReviewCommand(plan.id, plan.current_version))) tally.started += 1;
      return;
    }
    const unfinished = plan.unfinished ?? [];
    for (const type of unfinished) await this.reconcileCheck({ planId: plan.id, version: plan.current_version, type }, tally);
    if (unfinished.length === 0 && (await this.commands.execute(new CompleteActionPlanReviewCommand(plan.id, plan.current_version)))) tally.completed += 1;
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

  private async reconcileCheck(data: CheckJob, tally: { requeued: number; failed: number }): Promise<void> {
    const jobId = checkJobId(data.planId, data.version, data.type);
    const { job, state } = await jobState(this.checks, jobId);
    if (state === 'lost') {
      await this.checks.add(data.type, data, checkJobOptions(this.config, jobId));
      tally.requeued += 1;
    } else if (state === 'failed') {
      await this.commands.execute(new RecordCheckFailureCommand(data, job?.failedReason || 'the job failed'));
      tally.failed += 1;
    } else if (state === 'completed' && job && (await this.stillUnfinished(data))) {
      // Keyed by the finished job, so overlapping reconciles add it once.
      await this.checks.add(data.type, data, checkJobOptions(this.config, `${jobId}-r${job.finishedOn ?? 0}`));
      tally.requeued += 1;
    }
  }

  /** Re-read after the job's state: the list of unfinished checks may be older than the job's completion. */
  private async stillUnfinished({ planId, version, type }: CheckJob): Promise<boolean> {
    const rows = await this.em.fork().execute(
      `select 1 from check_result where plan_id = ? and version = ? and type = ? and status in ('pending', 'running')`,
      [planId, version, type],
    );
    return rows.length > 0;
  }
}

/** A job and its state; `lost` when Redis no longer knows it (removed, or its keys gone). */
async function jobState<T>(queue: Queue<T>, id: string): Promise<{ job: Job<T> | undefined; state: string }> {
  const job = await queue.getJob(id);
  const state = job ? await job.getState() : 'unknown';
  return { job, state: state === 'unknown' ? 'lost' : state };
}
