import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@accord/shared';
import { QUEUE_NAMES, queueJobOptions } from './queues';
import { failFastRedisOptions, redisOptions } from './redis-connection';

/**
 * Every registered queue by name, with connection errors logged instead of crashing the process,
 * and a ping for readiness on a connection that fails fast instead of queueing while Redis is away.
 */
@Injectable()
export class QueueRegistry implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Queues');
  readonly queues = new Map<string, Queue>();
  private readonly probe: Redis;

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.probe = new Redis(failFastRedisOptions(config.redisUrl, 'accord-probe'));
    this.probe.on('error', () => undefined);
    this.probe.on('ready', () => void this.warnUnlessNoEviction());
  }

  /** An evicting Redis silently drops queued jobs under memory pressure: say so at startup. */
  private async warnUnlessNoEviction(): Promise<void> {
    try {
      const [, policy] = (await this.probe.config('GET', 'maxmemory-policy')) as [string, string];
      if (policy !== 'noeviction') {
        this.logger.warn(`Redis maxmemory-policy is "${policy}": set it to "noeviction", or BullMQ jobs may be evicted under memory pressure`);
      }
    } catch (error) {
      this.logger.warn(`could not read Redis maxmemory-policy: ${(error as Error).message}`);
    }
  }

  async ping(): Promise<void> {
    await this.probe.ping();
  }

  onModuleInit(): void {
    for (const name of QUEUE_NAMES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', (error) => this.logger.warn(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.probe.disconnect();
  }
}

@Module({})
export class QueuesModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: QueuesModule,
      global: true,
      imports: [
        BullModule.forRoot({ connection: redisOptions(config.redisUrl), prefix: config.queuePrefix }),
        ...QUEUE_NAMES.map((name) => BullModule.registerQueue({ name, defaultJobOptions: queueJobOptions(name, config) })),
      ],
      providers: [QueueRegistry],
      exports: [BullModule, QueueRegistry],
    };
  }
}
