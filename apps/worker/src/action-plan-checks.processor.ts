import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Job } from 'bullmq';
import { RecordCheckFailureCommand, RunActionPlanCheckCommand, type CheckJob } from '@accord/action-plans';
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
    metrics: WorkerMetrics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(metrics, config);
  }

  async process(job: Job<CheckJob>): Promise<unknown> {
    try {
      return await this.commands.execute(new RunActionPlanCheckCommand(job.data));
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
