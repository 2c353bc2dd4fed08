import { MikroORM } from '@mikro-orm/postgresql';
import type { INestApplicationContext, Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApiApp } from '../../apps/api/src/api-app';
import { createWorkerApp } from '../../apps/worker/src/worker-app';
import { ormConfig } from '@accord/persistence';
import { loadConfig, type AppConfig, type Role } from '@accord/shared';
import { createTestDatabase, dropDatabase, REDIS_URL } from './databases';
import type { ResponseCapture } from './response-capture';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface TestStackOptions {
  /** Start the worker process's application too (the outbox relay and the processors). */
  worker?: boolean;
  redisUrl?: string;
  env?: Record<string, string>;
  /** Records every response of the API, for the I6 check. */
  capture?: ResponseCapture;
  /** A console build to serve at /console instead of the checkout's. */
  consoleDirectory?: string;
}

/**
 * The real api (and optionally the real worker) on a database and a queue prefix of their own, so
 * test files run in parallel without seeing each other.
 */
export class TestStack {
  private owner: Promise<MikroORM> | null = null;

  private constructor(
    readonly config: AppConfig,
    readonly api: NestFastifyApplication,
    private worker: INestApplicationContext | null,
    private readonly databaseName: string,
  ) {}

  static async start(options: TestStackOptions = {}): Promise<TestStack> {
    const database = await createTestDatabase();
    const config = loadConfig({
      DATABASE_URL: database.url,
      REDIS_URL: options.redisUrl ?? REDIS_URL,
      ACCORD_ADMIN_TOKEN: ADMIN_TOKEN,
      LOG_LEVEL: 'silent',
      QUEUE_PREFIX: `test-${database.name.replace(/_/g, '-')}`,
      OUTBOX_POLL_MS: '20',
      WORKER_METRICS_PORT: '0',
      // Suites make hundreds of requests a minute with one key; the limiter has its own suite.
      RATE_LIMIT_PER_MINUTE: '0',
      CHECK_BACKOFF_MS: '50',
      ...options.env,
    });
    const api = await createApiApp(config, { consoleDirectory: options.consoleDirectory });
    options.capture?.attach(api.getHttpAdapter().getInstance());
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    const worker = options.worker ? await createWorkerApp(config) : null;
    return new TestStack(config, api, worker, database.name);
  }

  get http(): TestAgent {
    return request(this.api.getHttpServer());
  }

  /** Requests as a given token, e.g. `as(token).get('/v1/plans')`. */
  as(token: string) {
    const http = this.http;
    const auth = { Authorization: `Bearer ${token}` };
    return {
      get: (url: string) => http.get(url).set(auth),
      post: (url: string) => http.post(url).set(auth),
      put: (url: string) => http.put(url).set(auth),
      delete: (url: string) => http.delete(url).set(auth),
    };
  }

  get admin() {
    return this.as(ADMIN_TOKEN);
  }

  /** Issues a key through the admin API and returns its token. */
  async key(role: Role, partnerCode?: string): Promise<string> {
    const response = await this.admin.post('/v1/admin/api-keys').send({ role, partnerCode, label: `${role} ${partnerCode ?? ''}` });
    if (response.status !== 201) throw new Error(`could not create a key: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.token as string;
  }

  /** SQL through the api's own connection, with the rights of the application's role. */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const { EntityManager } = await import('@mikro-orm/postgresql');
    return this.api.get(EntityManager).fork().execute(sql, params) as Promise<T[]>;
  }

  /** SQL as DATABASE_URL's own user, the tables' owner (what migrations run as): behind the service's back. */
  async queryAsOwner<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.owner ??= MikroORM.init(ormConfig(this.config.databaseUrl, { debug: false, pool: { min: 0, max: 1 } }));
    return (await this.owner).em.fork().execute(sql, params) as Promise<T[]>;
  }

  /** A provider of the running worker, for a test that must hold the worker at a given point. */
  fromWorker<T>(type: Type<T>): T {
    if (!this.worker) throw new Error('the worker is not running');
    return this.worker.get(type);
  }

  async startWorker(): Promise<void> {
    this.worker ??= await createWorkerApp(this.config);
  }

  async stopWorker(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
  }

  async stop(): Promise<void> {
    await namedStep('the worker to close', this.stopWorker());
    await namedStep('the api to close', this.api.close());
    await namedStep('the owner connection to close', (async () => (await this.owner)?.close(true))());
    await namedStep('the test database to be dropped', dropDatabase(this.databaseName));
    await namedStep('the queue keys to be deleted', deleteQueueKeys(this.config.redisUrl, this.config.queuePrefix));
  }
}

/**
 * Awaits one step of the teardown and says which one it is if it is still running after 20 s. A
 * suite's teardown once ran past Jest's two minutes in a run of the whole suite (the outbox suite,
 * after its Redis restart, 2026-12-06) and did not come back in eleven runs of that suite alone,
 * five of them on a loaded machine; if it comes back, the log names the step and what the process
 * still holds open.
 */
async function namedStep<T>(what: string, work: Promise<T>): Promise<T> {
  const timer = setTimeout(() => console.warn(`test stack stop: still waiting for ${what} after 20 s; open: ${process.getActiveResourcesInfo().join(', ')}`), 20_000);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
  }
}

async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // A test that stopped its private Redis leaves nothing to clean.
  } finally {
    redis.disconnect();
  }
}

/** Polls until `check` returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
