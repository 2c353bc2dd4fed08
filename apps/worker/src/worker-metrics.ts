import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { WorkerHost } from '@nestjs/bullmq';
import { createServer, type Server } from 'node:http';
import type { Worker } from 'bullmq';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@accord/shared';

/**
 * The worker's Prometheus figures (job durations and failures by queue and job name, and the
 * process's own), served on WORKER_METRICS_PORT; queue depths are on the API's /metrics.
 */
@Injectable()
export class WorkerMetrics implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WorkerMetrics');
  private readonly registry = new Registry();
  private server?: Server;
  private readonly durations = new Histogram({
    name: 'bullmq_job_duration_seconds',
    help: 'Time from a job starting to finishing, by queue, job name and outcome',
    labelNames: ['queue', 'name', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly failures = new Counter({
    name: 'bullmq_job_failures_total',
    help: 'Failed job attempts, by queue and job name',
    labelNames: ['queue', 'name'],
    registers: [this.registry],
  });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    collectDefaultMetrics({ register: this.registry });
  }

  watch(worker: Worker): void {
    worker.on('completed', (job) => {
      if (job.processedOn && job.finishedOn) this.durations.observe({ queue: worker.name, name: job.name, outcome: 'completed' }, (job.finishedOn - job.processedOn) / 1000);
    });
    worker.on('failed', (job) => {
      this.failures.inc({ queue: worker.name, name: job?.name ?? 'unknown' });
      if (job?.processedOn && job.finishedOn) this.durations.observe({ queue: worker.name, name: job.name, outcome: 'failed' }, (job.finishedOn - job.processedOn) / 1000);
    });
  }

  onApplicationBootstrap(): void {
    if (this.config.workerMetricsPort === 0) return;
    this.server = createServer((request, response) => {
      if (request.url !== '/metrics') {
        response.writeHead(404).end();
        return;
      }
      this.registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        () => response.writeHead(500).end(),
      );
    });
    this.server.on('error', (error) => this.logger.warn(`metrics server: ${error.message}`));
    this.server.listen(this.config.workerMetricsPort);
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }
}

/**
 * A processor with the settings every worker shares: concurrency from the configuration, errors
 * logged (a worker without an error listener would crash the process on a Redis hiccup), figures.
 */
export abstract class ObservedWorkerHost extends WorkerHost implements OnModuleInit {
  protected readonly logger = new Logger(this.constructor.name);

  constructor(
    protected readonly metrics: WorkerMetrics,
    protected readonly config: AppConfig,
  ) {
    super();
  }

  onModuleInit(): void {
    this.worker.concurrency = this.config.workerConcurrency;
    this.worker.on('error', (error) => this.logger.warn(`worker: ${error.message}`));
    this.metrics.watch(this.worker);
  }
}
