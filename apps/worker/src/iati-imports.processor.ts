import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Job } from 'bullmq';
import { RunIatiImportCommand } from '@accord/portfolio/iati';
import { QUEUES, WORKER_OPTIONS, type IatiImportJob } from '@accord/queues';
import { APP_CONFIG, type AppConfig } from '@accord/shared';
import { ObservedWorkerHost, WorkerMetrics } from './worker-metrics';

/** Runs one large IATI import; the command records a failure itself on the last attempt. */
@Processor(QUEUES.iatiImports, WORKER_OPTIONS)
export class IatiImportsProcessor extends ObservedWorkerHost {
  constructor(
    private readonly commands: CommandBus,
    metrics: WorkerMetrics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(metrics, config);
  }

  process(job: Job<IatiImportJob>): Promise<unknown> {
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.commands.execute(new RunIatiImportCommand(job.data.importId, finalAttempt));
  }
}
