import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { failFastRedisOptions } from '@accord/queues';
import { APP_CONFIG, type AppConfig } from '@accord/shared';

/**
 * A mark in Redis that every revocation, once committed, replaces with a new random value; every
 * API process reads it. An API process may answer a key from its memory only while the mark still
 * reads as it did when the key was loaded, so a revoked key is refused from the very next request,
 * on any process. Random rather than a counter: a Redis that lost its data cannot bring back a mark
 * that keys were loaded under before a revocation.
 *
 * A mark read on each request rather than a pub/sub message: a message arrives some time after the
 * revocation has been answered, and one lost while a subscriber reconnects would go unnoticed; the
 * read cannot miss a revocation, and one GET costs far less than the SQL lookup it saves.
 */
@Injectable()
export class ApiKeyRevocations implements OnApplicationShutdown {
  private readonly logger = new Logger('ApiKeyRevocations');
  private readonly redis: Redis;
  private readonly key: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = `${config.queuePrefix}:api-key-revocations`;
    this.redis = new Redis(failFastRedisOptions(config.redisUrl, 'accord-api-key-revocations'));
    this.redis.on('error', () => undefined);
  }

  /**
   * The mark as it reads now, or null when there is none yet (it is set for the next request) or
   * Redis does not answer: then no key in memory may be trusted.
   */
  async current(): Promise<string | null> {
    try {
      const mark = await this.redis.get(this.key);
      if (mark === null) await this.redis.set(this.key, randomUUID(), 'NX');
      return mark;
    } catch {
      return null;
    }
  }

  /**
   * Called once a revocation is committed. Should Redis not answer, the processes that cannot reach
   * it either read every key from the database meanwhile; one that still can may accept the revoked
   * key until its memory of it expires, a few seconds.
   */
  async announce(): Promise<void> {
    try {
      await this.redis.set(this.key, randomUUID());
    } catch (error) {
      this.logger.warn(`revocation not announced to the other API processes: ${(error as Error).message}`);
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
