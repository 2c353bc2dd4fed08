import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { OutboxRelay, QueueRegistry } from '@accord/queues';
import { APP_CONFIG, type AppConfig } from '@accord/shared';

const MAX_BACKOFF_MS = 5000;

/**
 * Runs the outbox relay for as long as the worker lives: a full batch is followed at once by the
 * next, an empty one by a pause of OUTBOX_POLL_MS, a failure (Redis or PostgreSQL away) by a
 * growing pause, so the relay resumes on its own when the dependency is back.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly relay: OutboxRelay;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(em: EntityManager, queues: QueueRegistry, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.relay = new OutboxRelay(em, queues.queues, { batchSize: 500, publishTimeoutMs: 5000 });
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let pause = this.config.outboxPollMs;
      try {
        const published = await this.relay.publishBatch();
        if (failures > 0) this.logger.log('outbox relay resumed');
        failures = 0;
        if (published > 0) pause = 0;
      } catch (error) {
        failures += 1;
        pause = Math.min(this.config.outboxPollMs * 2 ** failures, MAX_BACKOFF_MS);
        this.logger.warn(`outbox relay failed (${failures} in a row), retrying in ${pause} ms: ${(error as Error).message}`);
      }
      if (pause > 0) await this.sleep(pause);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
