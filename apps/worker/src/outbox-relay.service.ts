import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { OutboxListener, OutboxRelay, QueueRegistry } from '@accord/queues';
import { APP_CONFIG, type AppConfig } from '@accord/shared';

const MAX_BACKOFF_MS = 5000;
const BATCH_SIZE = 500;
/**
 * Under load every commit notifies; batches at least this far apart gather the rows of several
 * commits into one transaction, at the price of as much latency at most.
 */
const MIN_BATCH_GAP_MS = 50;

/**
 * Runs the outbox relay for as long as the worker lives: woken by the outbox's commit notifications,
 * and polling every OUTBOX_POLL_MS as well in case one is missed. A full batch is followed at once
 * by the next; a failure (Redis or PostgreSQL away) by a growing pause, so the relay resumes on its
 * own when the dependency is back.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly relay: OutboxRelay;
  private readonly listener: OutboxListener;
  private running = false;
  private loop?: Promise<void>;
  /** Ends the current pause early: on a notification (only while idle), and on shutdown. */
  private wake?: () => void;
  private stop?: () => void;
  /** A notification arrived since the current batch started: its rows may not be in it. */
  private notified = false;

  constructor(em: EntityManager, queues: QueueRegistry, @Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.relay = new OutboxRelay(em, queues.queues, { batchSize: BATCH_SIZE, publishTimeoutMs: 5000 });
    this.listener = new OutboxListener(config.databaseUrl, config.databaseAppRole, () => {
      this.notified = true;
      this.wake?.();
    });
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.listener.start();
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.stop?.();
    await Promise.all([this.loop, this.listener.stop()]);
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      const started = Date.now();
      this.notified = false;
      try {
        const published = await this.relay.publishBatch();
        if (published === 0 && failures > 0) {
          // An empty batch says nothing of Redis: another relay may hold every row while its own add fails.
          await this.sleep(this.backoff(failures), false);
          continue;
        }
        if (failures > 0) this.logger.log('outbox relay resumed');
        failures = 0;
        if (published === BATCH_SIZE) continue;
        if (published > 0 || this.notified) await this.sleep(started + MIN_BATCH_GAP_MS - Date.now(), false);
        else {
          await this.sleep(this.config.outboxPollMs, true);
          await this.sleep(started + MIN_BATCH_GAP_MS - Date.now(), false);
        }
      } catch (error) {
        failures += 1;
        const pause = this.backoff(failures);
        this.logger.warn(`outbox relay failed (${failures} in a row), retrying in ${pause} ms: ${(error as Error).message}`);
        await this.sleep(pause, false);
      }
    }
  }

  private backoff(failures: number): number {
    return Math.min(this.config.outboxPollMs * 2 ** failures, MAX_BACKOFF_MS);
  }

  /** Sleeps `ms`; shutdown ends it, and so does a notification if `wakeable`. */
  private sleep(ms: number, wakeable: boolean): Promise<void> {
    if (ms <= 0 || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = this.stop = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.stop = done;
      if (wakeable) this.wake = done;
    });
  }
}
