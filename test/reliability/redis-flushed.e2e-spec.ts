import { Queue } from 'bullmq';
import { QUEUES, redisOptions } from '@accord/queues';
import { PrivateRedis } from '../support/private-redis';
import { TestStack, waitFor } from '../support/test-stack';

/**
 * A Redis restarted without persistence has lost every key, the maintenance schedulers among them:
 * the worker asserts them again, so the reconciler and the overdue marks go on without a restart.
 */
describe('a Redis that lost its keys', () => {
  let redis: PrivateRedis;
  let stack: TestStack;
  let maintenance: Queue;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    stack = await TestStack.start({ worker: true, redisUrl: redis.url, env: { RECONCILE_EVERY_MS: '500', ESCALATION_EVERY_MS: '700' } });
    maintenance = new Queue(QUEUES.maintenance, { connection: redisOptions(redis.url), prefix: stack.config.queuePrefix });
  });

  afterAll(async () => {
    await maintenance.close();
    await stack.stop();
    await redis.dispose();
  });

  it('gets the maintenance schedulers back', async () => {
    const schedulers = async () => (await maintenance.getJobSchedulers()).map((scheduler) => scheduler.key).sort();
    await waitFor(async () => (await schedulers()).length === 2, 'the worker to schedule the maintenance jobs');
    await redis.stop();
    await redis.start();
    await waitFor(async () => (await schedulers().catch(() => [])).length === 2, 'the schedulers to be asserted again', 30000);
    expect(await schedulers()).toEqual(['escalate-overdue', 'reconcile-reviews']);
  });
});
