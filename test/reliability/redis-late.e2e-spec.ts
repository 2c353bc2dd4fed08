import { expectSoundHistory } from '../support/history-check';
import { planBody } from '../support/plan-builder';
import { PrivateRedis } from '../support/private-redis';
import { TestStack, waitFor } from '../support/test-stack';

/** Redis started only after the API and the worker: both become ready without a restart. */
describe('a Redis that starts late', () => {
  let redis: PrivateRedis;
  let stack: TestStack;

  beforeAll(async () => {
    redis = await PrivateRedis.reserve();
    stack = await TestStack.start({ worker: true, redisUrl: redis.url });
  });

  afterAll(async () => {
    await stack.stop();
    await redis.stop();
  });

  it('is waited for: not ready, then ready, and submissions made meanwhile are reviewed', async () => {
    expect((await stack.http.get('/health/ready')).status).toBe(503);
    const us = await stack.key('partner', 'US');
    const { body } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    await stack.as(us).post(`/v1/plans/${body.id}/submit`).expect(202);

    await redis.start();
    await waitFor(async () => (await stack.http.get('/health/ready')).status === 200, 'the API to become ready', 30000);
    await waitFor(async () => (await stack.as(us).get(`/v1/plans/${body.id}`)).body.status === 'awaiting_decision', 'the review to complete', 60000);
    await expectSoundHistory(stack, { acknowledged: { created: [body.id], submitted: [body.id] } });
  });
});
