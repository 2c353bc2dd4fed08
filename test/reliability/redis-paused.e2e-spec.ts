import { planBody } from '../support/plan-builder';
import { PrivateRedis } from '../support/private-redis';
import { TestStack } from '../support/test-stack';

/**
 * A Redis that accepts connections but answers nothing (a paused or overloaded server): the API's
 * reads on the request's path (the revocation mark, the rate limit) give up after their timeout,
 * and partners are served from the database, revocations included.
 */
describe('a Redis that stops answering', () => {
  let redis: PrivateRedis;
  let stack: TestStack;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    stack = await TestStack.start({ redisUrl: redis.url });
  });

  afterAll(async () => {
    redis.resume();
    await stack.stop();
    await redis.dispose();
  });

  it('still answers partners, and a key revoked meanwhile is refused', async () => {
    const us = await stack.key('partner', 'US');
    const { body: revoked } = await stack.admin.post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: 'US', label: 'to revoke' }).expect(201);
    await stack.as(revoked.token).get('/v1/partners').expect(200);

    redis.pause();
    try {
      // A request that waited on Redis would never be answered: supertest's timeout fails it.
      const listed = await stack.as(us).get('/v1/partners').timeout(10_000);
      expect(listed.status).toBe(200);
      const created = await stack.as(us).post('/v1/plans').send(planBody()).timeout(10_000);
      expect(created.status).toBe(201);
      expect(await stack.query('select count(*)::int as n from action_plan where id = ?', [created.body.id])).toEqual([{ n: 1 }]);

      await stack.admin.delete(`/v1/admin/api-keys/${revoked.id}`).timeout(10_000).expect(204);
      expect((await stack.as(revoked.token).get('/v1/partners').timeout(10_000)).status).toBe(401);
    } finally {
      redis.resume();
    }
  }, 60_000);
});
