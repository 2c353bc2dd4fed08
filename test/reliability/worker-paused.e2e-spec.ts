import type { Job, Queue } from 'bullmq';
import { QUEUES, QueueRegistry } from '@accord/queues';
import { expectSoundHistory } from '../support/history-check';
import { planBody } from '../support/plan-builder';
import { TestStack, waitFor } from '../support/test-stack';
import { WorkerProcess } from '../support/worker-process';

const LOCK_MS = 3000;

/**
 * A worker frozen (SIGSTOP) with jobs in its hands for longer than its lock: the worker running
 * beside it finds those jobs stalled and runs them; the frozen one, let go (SIGCONT), carries on
 * from where it stopped, its copies of the jobs included. A job may run twice; its effect happens
 * once. The reconciler is held off, so the locks and the stalled-job checks alone recover.
 */
describe('a worker frozen past its lock duration', () => {
  let stack: TestStack;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    stack = await TestStack.start({ env: { WORKER_LOCK_MS: String(LOCK_MS), WORKER_CONCURRENCY: '4', RECONCILE_AFTER_MS: '3600000' } });
  });

  afterAll(async () => {
    for (const worker of workers) worker.resume();
    await Promise.all(workers.map((worker) => worker.kill('SIGTERM')));
    await stack.stop();
  });

  const queue = (name: string): Queue => stack.api.get(QueueRegistry).queues.get(name)!;
  const count = async (sql: string, params: unknown[] = []) => Number((await stack.query<{ n: string }>(sql, params))[0].n);
  const awaitingDecision = (ids: string[]) =>
    waitFor(
      async () => (await count(`select count(*) as n from action_plan where id = any(?::uuid[]) and status = 'awaiting_decision'`, [`{${ids.join(',')}}`])) === ids.length,
      'every plan to await a decision',
      120000,
    );

  it('has its jobs taken up by the other worker; each runs again, its effect happens once', async () => {
    const tokens = await Promise.all(['US', 'CA', 'ES', 'EU', 'IDB'].map((code) => stack.key('partner', code)));
    const submit = async (count: number, title: string) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i += 1) {
        const token = tokens[i % tokens.length];
        const { body } = await stack.as(token).post('/v1/plans').send(planBody({ title: `${title} ${i}: prevention programme ${i % 7}` })).expect(201);
        await stack.as(token).post(`/v1/plans/${body.id}/submit`).expect(202);
        ids.push(body.id);
      }
      return ids;
    };
    const ids = await submit(40, 'Plan');

    const frozen = WorkerProcess.start(stack.config);
    workers.push(frozen);
    await waitFor(async () => (await count(`select count(*) as n from check_result where status in ('passed', 'warning', 'failed')`)) >= 15, 'the first checks to finish', 120000);

    // With no other worker running yet, the jobs active when it stops are the frozen worker's own.
    let taken: Job[] = [];
    for (let attempt = 0; attempt < 50 && taken.length === 0; attempt += 1) {
      frozen.pause();
      taken = (await Promise.all([QUEUES.actionPlanChecks, QUEUES.actionPlanEvents].map((name) => queue(name).getActive()))).flat();
      if (taken.length === 0) {
        frozen.resume();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    expect(taken.length).toBeGreaterThan(0);
    const frozenAt = Date.now();

    workers.push(WorkerProcess.start(stack.config));
    const reloaded = () => Promise.all(taken.map((job) => queue(job.queueName).getJob(job.id!)));
    await waitFor(async () => (await reloaded()).every((job) => job !== undefined && job.attemptsStarted >= 2), 'the frozen worker’s jobs to be started again elsewhere', 120000);
    for (const job of await reloaded()) expect(job?.stalledCounter).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, frozenAt + 3 * LOCK_MS - Date.now())));
    frozen.resume();

    await awaitingDecision(ids);
    expect(frozen.running).toBe(true);
    for (const job of await reloaded()) expect({ id: job?.id, state: await job?.getState() }).toEqual({ id: job?.id, state: 'completed' });

    const perPlan = await stack.query<{ results: string; final: string; completions: string; starts: string }>(
      `select (select count(*) from check_result r where r.plan_id = p.id) as results,
              (select count(*) from check_result r where r.plan_id = p.id and r.status in ('passed', 'warning', 'failed')) as final,
              (select count(*) from action_plan_event e where e.plan_id = p.id and e.type = 'ActionPlanReviewCompleted') as completions,
              (select count(*) from action_plan_event e where e.plan_id = p.id and e.type = 'ActionPlanReviewStarted') as starts
         from action_plan p`,
    );
    expect(perPlan).toEqual(ids.map(() => ({ results: '5', final: '5', completions: '1', starts: '1' })));

    // Let go, the frozen worker works on: alone now, it reviews what is submitted next.
    await workers[1].kill('SIGTERM');
    const later = await submit(5, 'After the thaw');
    await awaitingDecision(later);

    await expectSoundHistory(stack, { acknowledged: { created: [...ids, ...later], submitted: [...ids, ...later] } });
  }, 300_000);
});
