import { planBody } from '../support/plan-builder';
import { ADMIN_TOKEN, TestStack, waitFor } from '../support/test-stack';
import { freePort } from '../support/free-port';


describe('queue operations', () => {
  let stack: TestStack;
  let metricsPort: number;

  beforeAll(async () => {
    metricsPort = await freePort();
    stack = await TestStack.start({ worker: true, env: { WORKER_METRICS_PORT: String(metricsPort) } });
  });

  afterAll(() => stack.stop());

  describe('the queue dashboard at /admin/queues', () => {
    it('is refused without a token and to partner and reviewer keys', async () => {
      expect((await stack.http.get('/admin/queues/api/queues')).status).toBe(401);
      expect((await stack.as(await stack.key('partner', 'US')).get('/admin/queues/api/queues')).status).toBe(403);
      expect((await stack.as(await stack.key('reviewer', 'OAS')).get('/admin/queues/api/queues')).status).toBe(403);
    });

    it('lists every queue to an admin', async () => {
      const response = await stack.as(ADMIN_TOKEN).get('/admin/queues/api/queues');
      expect(response.status).toBe(200);
      expect(response.body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual(['action-plan-checks', 'action-plan-events', 'action-plan-maintenance', 'iati-imports', 'webhook-deliveries']);
    });
  });

  it('the worker reports job durations and failures on its metrics port, the api the queue depths', async () => {
    const us = await stack.key('partner', 'US');
    const { body } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    await stack.as(us).post(`/v1/plans/${body.id}/submit`).expect(202);
    await waitFor(async () => (await stack.as(us).get(`/v1/plans/${body.id}`)).body.status === 'awaiting_decision', 'the review to complete');

    // A job's figures are taken when it completes, a moment after its effect is visible.
    const completed = /bullmq_job_duration_seconds_count\{queue="action-plan-checks",name="overlap",outcome="completed"\} 1/;
    const worker = await waitFor(async () => {
      const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      return completed.test(text) && text;
    }, 'the worker to count the overlap job');
    await waitFor(async () => /bullmq_jobs\{queue="action-plan-checks",state="completed"\} 5/.test((await stack.http.get('/metrics')).text), 'the api to count five completed checks');
    expect(worker).toMatch(/# TYPE bullmq_job_failures_total counter/);
  });
});
