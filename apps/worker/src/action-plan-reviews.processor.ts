import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Job } from 'bullmq';
import { RecordReviewFailureCommand, ReviewActionPlanCommand, type ReviewJob } from '@accord/action-plans';
import { QUEUES, WORKER_OPTIONS } from '@accord/queues';
import { ObservedWorkerHost, WorkerMetrics } from './worker-metrics';
import { APP_CONFIG, DomainError, type AppConfig } from '@accord/shared';

/**
 * Runs a version's review (or a rerun of some of its checks). A transient error is thrown so BullMQ
 * retries it with backoff; the last attempt stores a check that fails as its result (CHECK_ERROR),
 * and should the review itself fail on it, or on a DomainError that no retry can cure, every
 * unfinished result becomes that failure, so no plan waits in review for checks that will never run.
 */
@Processor(QUEUES.actionPlanChecks, WORKER_OPTIONS)
export class ActionPlanReviewsProcessor extends ObservedWorkerHost {

  constructor(
    private readonly commands: CommandBus,
    metrics: WorkerMetrics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(metrics, config);
  }

  async process(job: Job<ReviewJob>): Promise<unknown> {
    const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      return await this.commands.execute(new ReviewActionPlanCommand(job.data, { number: job.attemptsStarted, last }));
    } catch (error) {
      const final = error instanceof DomainError && !error.retryable;
      if (!final && !last) throw error;
      this.logger.warn(`${job.name} of ${job.data.planId} v${job.data.version} failed for good: ${(error as Error).message}`);
      await this.commands.execute(new RecordReviewFailureCommand(job.data, (error as Error).message));
      return { outcome: 'failed' };
    }
  }
}
