import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { UnrecoverableError, type Job } from 'bullmq';
import { StartActionPlanReviewCommand, type ActionPlanEventType } from '@accord/action-plans';
import { QUEUES, type ActionPlanEventJob } from '@accord/queues';
import { APP_CONFIG, DomainError, type AppConfig } from '@accord/shared';

/**
 * Reacts to a plan's history events. Each reaction is a command that checks the plan's current state
 * first, so a redelivered job changes nothing. A DomainError is final: retrying cannot help.
 */
@Processor(QUEUES.actionPlanEvents)
export class ActionPlanEventsProcessor extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger('ActionPlanEvents');

  constructor(
    private readonly commands: CommandBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onModuleInit(): void {
    this.worker.concurrency = this.config.workerConcurrency;
    this.worker.on('error', (error) => this.logger.warn(`worker: ${error.message}`));
  }

  async process(job: Job<ActionPlanEventJob, unknown, ActionPlanEventType>): Promise<unknown> {
    try {
      switch (job.name) {
        case 'ActionPlanSubmitted':
          return { changed: await this.commands.execute(new StartActionPlanReviewCommand(job.data.planId, job.data.version)) };
        default:
          return { changed: false };
      }
    } catch (error) {
      if (error instanceof DomainError) throw new UnrecoverableError(`${error.code}: ${error.message}`);
      throw error;
    }
  }
}
