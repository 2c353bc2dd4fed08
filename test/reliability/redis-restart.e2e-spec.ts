import { expectSoundHistory } from '../support/history-check';
import { planBody } from '../support/plan-builder';
import { PrivateRedis } from '../support/private-redis';
import { TestStack, waitFor } from '../support/test-stack';
import { WorkerProcess } from '../support/worker-process';

/**
 * Redis shut down while partners create and submit, then started again on its append-only file, as
 * in production: the API goes on accepting (the outbox holds the jobs), the workers and their relays
 * reconnect, and every submission is reviewed. The reconciler is held off, so nothing queued before
 * the shutdown may have been lost for the reviews to finish.
 */
describe('Redis shut down under load and restarted', () => {
  let redis: PrivateRedis;
  let stack: TestStack;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    redis = await PrivateRedis.start({ appendOnly: true });
    stack = await TestStack.start({ redisUrl: redis.url, env: { WORKER_CONCURRENCY: '4', RECONCILE_AFTER_MS: '3600000' } });
    workers.push(WorkerProcess.start(stack.config), WorkerProcess.start(stack.config));
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill('SIGTERM')));
    await stack.stop();
    await redis.dispose();
  });

  it('accepts every submission while Redis is away, and reviews them all once it is back', async () => {
    const tokens = await Promise.all(['US', 'CA', 'ES', 'EU'].map((code) => stack.key('partner', code)));
    const created: string[] = [];
    const submitted: string[] = [];
    const refused: string[] = [];
    let redisDown = false;
    let acceptedWhileDown = 0;
    let running = true;

    const client = async (token: string, lane: number) => {
      for (let i = 0; running; i += 1) {
        const plan = await stack.as(token).post('/v1/plans').send(planBody({ title: `Lane ${lane} plan ${i}: border security` }));
        if (plan.status !== 201) refused.push(`create ${plan.status} ${JSON.stringify(plan.body)}`);
        else {
          created.push(plan.body.id);
          const submit = await stack.as(token).post(`/v1/plans/${plan.body.id}/submit`);
          if (submit.status !== 202) refused.push(`submit ${submit.status} ${JSON.stringify(submit.body)}`);
          else {
            submitted.push(plan.body.id);
            if (redisDown) acceptedWhileDown += 1;
          }
        }
      }
    };
    const load = Promise.all(tokens.map((token, lane) => client(token, lane)));
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    await pause(4000);
    await redis.shutDown();
    redisDown = true;
    const downFrom = Date.now();
    await waitFor(async () => Date.now() - downFrom >= 5000 && acceptedWhileDown >= 5, 'submissions while Redis is down', 120000);
    await redis.start();
    redisDown = false;
    await pause(4000);
    running = false;
    await load;

    expect(refused).toEqual([]);
    console.log(`Redis restart: ${submitted.length} submissions accepted, ${acceptedWhileDown} of them while Redis was down`);
    await expectSoundHistory(stack, { acknowledged: { created, submitted }, deadlineMs: 180000 });
    expect(workers.every((worker) => worker.running)).toBe(true);
  }, 300_000);
});
