import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Job, Queue } from 'bullmq';
import { checkJobId, checkJobOptions, RecordCheckFailureCommand, RunActionPlanCheckCommand, type CheckJob } from '@accord/action-plans';
import { QUEUES, WORKER_OPTIONS } from '@accord/queues';
import { ObservedWorkerHost, WorkerMetrics } from './worker-metrics';
import { APP_CONFIG, DomainError, type AppConfig } from '@accord/shared';

/**
 * Runs one check. A transient error is thrown so BullMQ retries it with backoff; on the last attempt,
 * or for a DomainError that no retry can cure, the failure itself becomes the result (CHECK_ERROR),
 * so no plan waits in review for a check that will never succeed.
 */
@Processor(QUEUES.actionPlanChecks, WORKER_OPTIONS)
export class ActionPlanChecksProcessor extends ObservedWorkerHost {

  constructor(
    private readonly commands: CommandBus,
    @InjectQueue(QUEUES.actionPlanChecks) private readonly checks: Queue<CheckJob>,
    metrics: WorkerMetrics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(metrics, config);
  }

  async process(job: Job<CheckJob>): Promise<unknown> {
    try {
      const run = await this.commands.execute(new RunActionPlanCheckCommand(job.data));
      // An overlap found now is news to the plans checked before this one existed.
      await this.checks.addBulk(
        run.rerunOverlapOf.map(({ planId, version }) => {
          const jobId = `${checkJobId(planId, version, 'overlap')}-after-${job.data.planId}-v${job.data.version}`;
          return { name: 'overlap', data: { planId, version, type: 'overlap' as const, rerun: true }, opts: checkJobOptions(this.config, jobId) };
        }),
      );
      return run;
    } catch (error) {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const final = error instanceof DomainError && !error.retryable;
      if (!final && !lastAttempt) throw error;
      this.logger.warn(`check ${job.data.type} of ${job.data.planId} v${job.data.version} failed for good: ${(error as Error).message}`);
      await this.commands.execute(new RecordCheckFailureCommand(job.data, (error as Error).message));
      return { outcome: 'failed' };
    }
  }
}
