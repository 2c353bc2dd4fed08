import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { failFastRedisOptions } from '@accord/queues';
import { APP_CONFIG, RateLimitedError, type Actor, type AppConfig } from '@accord/shared';

const WINDOW_MS = 60_000;

/**
 * Requests per API key per minute, counted in Redis so that every API process shares the count
 * (a fixed window: INCR, with the key expiring at the window's end). When Redis does not answer,
 * requests pass: the limiter protects the service, it must not take it down.
 */
@Injectable()
export class RateLimiter implements OnApplicationShutdown {
  private readonly logger = new Logger('RateLimiter');
  private readonly redis: Redis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.redis = new Redis(failFastRedisOptions(config.redisUrl, 'accord-rate-limiter'));
    this.redis.on('error', () => undefined);
  }

  async consume(actor: Actor): Promise<void> {
    const limit = this.config.rateLimitPerMinute;
    if (limit === 0) return;
    const now = Date.now();
    const window = Math.floor(now / WINDOW_MS);
    const key = `${this.config.queuePrefix}:rate:${actor.id ?? actor.kind}:${window}`;
    let count: number;
    try {
      const results = await this.redis.multi().incr(key).pexpire(key, WINDOW_MS).exec();
      count = Number(results?.[0]?.[1] ?? 0);
    } catch (error) {
      this.logger.debug(`rate limit not counted: ${(error as Error).message}`);
      return;
    }
    if (count > limit) throw new RateLimitedError(Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000)));
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
