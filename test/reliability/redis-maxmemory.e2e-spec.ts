import { Redis } from 'ioredis';
import { DEFAULT_JOB_OPTIONS, OutboxRelay } from '@accord/queues';
import { expectSoundHistory } from '../support/history-check';
import { planBody } from '../support/plan-builder';
import { PrivateRedis } from '../support/private-redis';
import { TestStack, waitFor } from '../support/test-stack';
import { WorkerProcess } from '../support/worker-process';

const FULL_FOR_MS = 6000;

/**
 * Redis full (over `maxmemory`, `noeviction`) while partners create and submit: Redis refuses
 * every write with OOM. The API goes on accepting; the outbox relay keeps its rows and backs off
 * instead of hammering Redis; no key is evicted; once memory is freed everything drains. One relay
 * runs in this process, where its attempts can be counted, one in a worker process of its own.
 */
describe('Redis at maxmemory with noeviction', () => {
  let redis: PrivateRedis;
  let stack: TestStack;
  let worker: WorkerProcess;
  let admin: Redis;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    admin = new Redis(redis.url);
    stack = await TestStack.start({ worker: true, redisUrl: redis.url, env: { WORKER_CONCURRENCY: '4' } });
    worker = WorkerProcess.start(stack.config);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await admin.config('SET', 'maxmemory', '0').catch(() => undefined);
    admin.disconnect();
    await worker.kill('SIGTERM');
    await stack.stop();
    await redis.dispose();
  });

  const stat = async (section: string, pattern: RegExp) => Number(pattern.exec(await admin.info(section))?.[1] ?? 0);

  it('keeps every outbox row while Redis refuses writes, backs off, evicts nothing, and drains after', async () => {
    const attempts: { at: number; error?: string }[] = [];
    const publishBatch = OutboxRelay.prototype.publishBatch;
    jest.spyOn(OutboxRelay.prototype, 'publishBatch').mockImplementation(async function (this: OutboxRelay) {
      try {
        const published = await publishBatch.call(this);
        attempts.push({ at: Date.now() });
        return published;
      } catch (error) {
        attempts.push({ at: Date.now(), error: (error as Error).message });
        throw error;
      }
    });

    const tokens = await Promise.all(['US', 'CA', 'ES', 'EU'].map((code) => stack.key('partner', code)));
    const created: string[] = [];
    const submitted: string[] = [];
    const refused: string[] = [];
    let running = true;
    let full = false;
    let acceptedWhileFull = 0;
    const client = async (token: string, lane: number) => {
      for (let i = 0; running; i += 1) {
        const plan = await stack.as(token).post('/v1/plans').send(planBody({ title: `Lane ${lane} plan ${i}: maritime interdiction` }));
        if (plan.status !== 201) refused.push(`create ${plan.status} ${JSON.stringify(plan.body)}`);
        else {
          created.push(plan.body.id);
          const submit = await stack.as(token).post(`/v1/plans/${plan.body.id}/submit`);
          if (submit.status === 202) {
            submitted.push(plan.body.id);
            if (full) acceptedWhileFull += 1;
          } else refused.push(`submit ${submit.status} ${JSON.stringify(submit.body)}`);
        }
      }
    };
    const load = Promise.all(tokens.map((token, lane) => client(token, lane)));
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const unpublished = async () => Number((await stack.query<{ n: string }>('select count(*) as n from outbox_message where published_at is null'))[0].n);

    await pause(3000);
    // Over the limit, so that no write fits, however the memory Redis uses moves meanwhile.
    await admin.config('SET', 'maxmemory', String(Math.floor((await stat('memory', /^used_memory:(\d+)/m)) / 2)));
    full = true;
    const fullFrom = Date.now();
    await waitFor(async () => Date.now() - fullFrom >= FULL_FOR_MS && acceptedWhileFull >= 5, 'submissions while Redis is full', 120000);
    const fullUntil = Date.now();
    const backlog = await unpublished();
    const refusedWrites = await stat('errorstats', /^errorstat_OOM:count=(\d+)/m);
    await admin.config('SET', 'maxmemory', '0');
    full = false;
    await pause(2000);
    running = false;
    await load;

    expect(refused).toEqual([]);
    expect(backlog).toBeGreaterThan(0);
    expect(refusedWrites).toBeGreaterThan(0);
    const whileFull = attempts.filter((attempt) => attempt.at > fullFrom && attempt.at <= fullUntil);
    const failed = whileFull.filter((attempt) => attempt.error !== undefined);
    expect(failed.length).toBeGreaterThan(0);
    for (const attempt of failed) expect(attempt.error).toMatch(/OOM/);
    // Backing off from OUTBOX_POLL_MS (20 ms), doubling up to 5 s: some eight attempts to reach the
    // cap, then one every 5 s. Polling without backing off would make fifty a second.
    expect(whileFull.length).toBeLessThanOrEqual(10 + Math.ceil((fullUntil - fullFrom) / 5000));
    console.log(
      `Redis full for ${fullUntil - fullFrom} ms: ${acceptedWhileFull} submissions accepted meanwhile, ${refusedWrites} writes refused, outbox backlog ${backlog}, ${failed.length} failed relay attempts in this process`,
    );

    await expectSoundHistory(stack, { acknowledged: { created, submitted }, deadlineMs: 180000 });
    expect(await stat('stats', /^evicted_keys:(\d+)/m)).toBe(0);
    // Every job the relay ever published is still in Redis, but for those its queue's retention
    // removed (it keeps its last DEFAULT_JOB_OPTIONS.removeOnComplete.count completed jobs: a fast
    // run of this test, its near-identical plans each telling up to 20 earlier ones of an overlap,
    // publishes more than that to the events queue): none was dropped to make room.
    const published = await stack.query<{ queue: string; job_id: string }>('select queue, job_id from outbox_message');
    const exists = await admin.pipeline(published.map((row) => ['exists', `${stack.config.queuePrefix}:${row.queue}:${row.job_id}`])).exec();
    const retention = (DEFAULT_JOB_OPTIONS.removeOnComplete as { count: number }).count;
    for (const queue of new Set(published.map((row) => row.queue))) {
      const jobs = published.flatMap((row, index) => (row.queue === queue ? [exists?.[index]?.[1] === 1] : []));
      const missing = jobs.filter((found) => !found).length;
      if (missing === 0) continue;
      // Only what the retention removes: the queue keeps that many completed jobs, and every job after them.
      expect({ queue, completedKept: await admin.zcard(`${stack.config.queuePrefix}:${queue}:completed`) }).toEqual({ queue, completedKept: retention });
      expect(jobs.length - missing).toBeGreaterThanOrEqual(retention);
    }
    expect(worker.running).toBe(true);
  }, 300_000);
});
