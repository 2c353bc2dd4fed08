import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { REVIEW_JOB, reviewJobId } from '@accord/action-plans';
import { QUEUES } from '@accord/queues';
import { planBody } from '../support/plan-builder';
import { PrivateRedis } from '../support/private-redis';
import { TestStack, waitFor } from '../support/test-stack';

/**
 * The outbox: every state change is written with its job in one transaction, and the worker's
 * relay moves jobs to BullMQ later, so the API never waits on Redis and nothing is lost.
 */
describe('the transactional outbox', () => {
  let redis: PrivateRedis;
  let stack: TestStack;
  let us: string;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    stack = await TestStack.start({ worker: true, redisUrl: redis.url });
    us = await stack.key('partner', 'US');
  });

  afterAll(async () => {
    await redis.start().catch(() => undefined);
    await stack.stop();
    await redis.stop();
  });

  const status = async (id: string) => (await stack.as(us).get(`/v1/plans/${id}`)).body.status as string;
  const outboxRows = (planId: string) =>
    stack.query<{ job_id: string; job_name: string; published_at: Date | null }>(`select job_id, job_name, published_at from outbox_message where payload->>'planId' = ? order by id`, [planId]);
  const history = async (id: string): Promise<string[]> => (await stack.as(us).get(`/v1/plans/${id}/history`)).body.map((event: { type: string }) => event.type);
  const reviewStarts = async (id: string) => (await history(id)).filter((type) => type === 'ActionPlanReviewStarted').length;
  const awaitingDecision = (id: string) => waitFor(async () => (await status(id)) === 'awaiting_decision', 'the review to complete', 30000);
  const queue = (name: string = QUEUES.actionPlanEvents) => stack.api.get<Queue>(getQueueToken(name), { strict: false });

  it('writes one outbox row per history event, and a submission its review job, in the same transaction, under deterministic job ids', async () => {
    const { body } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    await stack.as(us).post(`/v1/plans/${body.id}/submit`).expect(202);
    await waitFor(async () => ['in_review', 'awaiting_decision'].includes(await status(body.id)), 'review to start');
    const rows = await outboxRows(body.id);
    expect(rows.slice(0, 3).map((row) => [row.job_id, row.job_name])).toEqual([
      [`${body.id}-1`, 'ActionPlanCreated'],
      [`${body.id}-2`, 'ActionPlanSubmitted'],
      [reviewJobId(body.id, 1), REVIEW_JOB],
    ]);
    await waitFor(async () => (await outboxRows(body.id)).every((row) => row.published_at !== null), 'every row to be published');
    expect(await (await queue().getJob(`${body.id}-2`))?.getState()).toBe('completed');
  });

  it('with Redis stopped accepts a submission, and publishes its job once Redis is back', async () => {
    await redis.stop();
    const { body } = await stack.as(us).post('/v1/plans').send(planBody({ title: 'Submitted while Redis is down' })).expect(201);
    const submitted = await stack.as(us).post(`/v1/plans/${body.id}/submit`);
    expect(submitted.status).toBe(202);
    expect(submitted.body.status).toBe('submitted');

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await outboxRows(body.id)).map((row) => row.published_at)).toEqual([null, null, null]);
    expect(await status(body.id)).toBe('submitted');

    await redis.start();
    await awaitingDecision(body.id);
    await waitFor(async () => (await outboxRows(body.id)).every((row) => row.published_at !== null), 'the outbox to drain', 30000);
    expect(await reviewStarts(body.id)).toBe(1);
  });

  it('publishing a row twice (a crash between enqueue and commit) runs its effect once', async () => {
    const { body } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    await stack.as(us).post(`/v1/plans/${body.id}/submit`).expect(202);
    await awaitingDecision(body.id);
    const before = await history(body.id);

    const review = reviewJobId(body.id, 1);
    await stack.query(`update outbox_message set published_at = null where job_id = any(?::text[])`, [`{${body.id}-2,${review}}`]);
    await waitFor(async () => (await outboxRows(body.id)).every((row) => row.published_at !== null), 'the rows to be published again');
    await queue(QUEUES.actionPlanChecks).add(REVIEW_JOB, { planId: body.id, version: 1 }, { jobId: `${review}-redelivered` });
    await waitFor(async () => (await (await queue(QUEUES.actionPlanChecks).getJob(`${review}-redelivered`))?.getState()) === 'completed', 'the redelivered job to finish');

    expect(await reviewStarts(body.id)).toBe(1);
    expect(await history(body.id)).toEqual(before);
  });
});

/** The relay is woken by the outbox's commit notifications; its polling is only the fallback. */
describe('the outbox relay woken on commit', () => {
  let stack: TestStack;
  let us: string;

  beforeAll(async () => {
    // Polling once a minute: a plan checked within seconds was published on a notification.
    stack = await TestStack.start({ worker: true, env: { OUTBOX_POLL_MS: '60000' } });
    us = await stack.key('partner', 'US');
  });

  afterAll(() => stack.stop());

  const submitAndAwaitDecision = async (): Promise<void> => {
    const { body } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    await stack.as(us).post(`/v1/plans/${body.id}/submit`).expect(202);
    await waitFor(async () => (await stack.as(us).get(`/v1/plans/${body.id}`)).body.status === 'awaiting_decision', 'the review to complete', 20000);
  };

  it('publishes committed rows without waiting for the next poll', async () => {
    await submitAndAwaitDecision();
  });

  it('listens again after its connection is terminated', async () => {
    const [{ terminated }] = await stack.queryAsOwner<{ terminated: number }>(
      `select count(*)::int as terminated from (select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = 'accord-outbox-listener' and datname = current_database()) t`,
    );
    expect(terminated).toBe(1);
    await submitAndAwaitDecision();
  });
});
