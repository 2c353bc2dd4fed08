import type { RedisOptions } from 'bullmq';

/**
 * ioredis options from a redis:// URL. Workers need `maxRetriesPerRequest: null` (BullMQ's blocking
 * commands must wait through reconnections rather than fail); the reconnect delay is capped so a
 * restarted Redis is picked up within seconds.
 */
export function redisOptions(url: string): RedisOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  };
}

/**
 * A client whose commands fail rather than wait: while Redis is unreachable (no offline queue, no
 * retry), and while it is reachable but does not answer (a paused or overloaded server, after
 * `commandTimeout`). For the reads on a request's path, which then go on without Redis.
 */
export function failFastRedisOptions(url: string, connectionName: string): RedisOptions {
  return { ...redisOptions(url), enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 250, connectionName };
}
