import { CommandBus } from '@nestjs/cqrs';
import { Client } from 'pg';
import { checkJobId, StartActionPlanReviewCommand } from '@accord/action-plans';
import { QUEUES, QueueRegistry } from '@accord/queues';
import { expectSoundHistory } from '../support/history-check';
import { planBody } from '../support/plan-builder';
import { TestStack, waitFor } from '../support/test-stack';
import { WorkerProcess } from '../support/worker-process';

/** A worker process killed with SIGKILL mid-review: a new one finishes every review, without duplicates. */
describe('a worker killed while checks are in flight', () => {
  let stack: TestStack;
  const workers: WorkerProcess[] = [];
  /** Every plan created and submitted in this file, each acknowledged with a 201 and a 202. */
  const acknowledged: string[] = [];

  beforeAll(async () => {
    stack = await TestStack.start({ env: { WORKER_LOCK_MS: '2000', WORKER_CONCURRENCY: '4', RECONCILE_EVERY_MS: '1000', RECONCILE_AFTER_MS: '3000' } });
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill('SIGTERM')));
    await stack.stop();
  });

  it('leaves every plan awaiting a decision with exactly five results', async () => {
    const donors = ['US', 'CA', 'ES', 'EU', 'IDB'];
    const tokens = await Promise.all(donors.map((code) => stack.key('partner', code)));
    const ids: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      const token = tokens[i % tokens.length];
      const { body } = await stack.as(token).post('/v1/plans').send(planBody({ title: `Plan ${i}: prevention programme ${i % 7}` })).expect(201);
      await stack.as(token).post(`/v1/plans/${body.id}/submit`).expect(202);
      ids.push(body.id);
    }
    acknowledged.push(...ids);

    workers.push(WorkerProcess.start(stack.config));
    const finalResults = async () =>
      Number((await stack.query<{ n: string }>(`select count(*) as n from check_result where status in ('passed', 'warning', 'failed')`))[0].n);
    await waitFor(async () => (await finalResults()) >= 15, 'the first checks to finish', 120000);
    await workers[0].kill('SIGKILL');
    expect(await finalResults()).toBeLessThan(ids.length * 5);

    workers.push(WorkerProcess.start(stack.config));
    await waitFor(
      async () => Number((await stack.query<{ n: string }>(`select count(*) as n from action_plan where status = 'awaiting_decision'`))[0].n) === ids.length,
      'every plan to await a decision',
      90000,
    );

    const perPlan = await stack.query<{ plan_id: string; results: string; final: string }>(
      `select plan_id, count(*) as results, count(*) filter (where status in ('passed', 'warning', 'failed')) as final
         from check_result group by plan_id`,
    );
    expect(perPlan).toHaveLength(ids.length);
    for (const row of perPlan) expect([row.results, row.final]).toEqual(['5', '5']);
    const completions = await stack.query<{ n: string }>(`select count(*) as n from action_plan_event where type = 'ActionPlanReviewCompleted'`);
    expect(completions[0].n).toBe(String(ids.length));
    await expectSoundHistory(stack, { acknowledged: { created: acknowledged, submitted: acknowledged } });
  });

  it('a worker stopped with SIGTERM finishes its active jobs and exits in time, leaving nothing stalled', async () => {
    const token = await stack.key('partner', 'CO');
    const ids: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const { body } = await stack.as(token).post('/v1/plans').send(planBody({ title: `Graceful ${i}` })).expect(201);
      await stack.as(token).post(`/v1/plans/${body.id}/submit`).expect(202);
      ids.push(body.id);
    }
    acknowledged.push(...ids);
    const finalFor = async () =>
      Number((await stack.query<{ n: string }>(`select count(*) as n from check_result where plan_id = any(?::uuid[]) and status in ('passed', 'warning', 'failed')`, [`{${ids.join(',')}}`]))[0].n);
    await waitFor(async () => (await finalFor()) >= 5, 'the first checks to finish', 120000);
    const { ms } = await workers[workers.length - 1].kill('SIGTERM');
    expect(ms).toBeLessThan(15000);

    workers.push(WorkerProcess.start(stack.config));
    await waitFor(
      async () => Number((await stack.query<{ n: string }>(`select count(*) as n from action_plan where id = any(?::uuid[]) and status = 'awaiting_decision'`, [`{${ids.join(',')}}`]))[0].n) === ids.length,
      'every plan to await a decision',
      90000,
    );
    // A job cut off mid-run would have been taken up again: a second attempt on its result.
    const retried = await stack.query(`select plan_id, type, attempts from check_result where plan_id = any(?::uuid[]) and attempts <> 1`, [`{${ids.join(',')}}`]);
    expect(retried).toEqual([]);
    await expectSoundHistory(stack, { acknowledged: { created: acknowledged, submitted: acknowledged } });
  });

  it('a check whose worker is killed twice (the stall limit exceeded) ends failed with CHECK_ERROR, and its plan awaits a decision', async () => {
    await Promise.all(workers.map((worker) => worker.kill('SIGTERM')));
    const token = await stack.key('partner', 'US');
    const { body } = await stack.as(token).post('/v1/plans').send(planBody({ title: 'Checked by workers that die' })).expect(201);
    await stack.as(token).post(`/v1/plans/${body.id}/submit`).expect(202);
    acknowledged.push(body.id);
    // Started here as a worker would, so that its budget result can be held before any worker sees it:
    // the check's first statement then waits on the row, and every worker dies with the job in hand.
    expect(await stack.api.get(CommandBus).execute(new StartActionPlanReviewCommand(body.id, 1))).toBe(true);
    const holder = new Client({ connectionString: stack.config.databaseUrl });
    await holder.connect();
    await holder.query('begin');
    await holder.query(`select 1 from check_result where plan_id = $1 and type = 'budget' for update`, [body.id]);

    const checks = stack.api.get(QueueRegistry).queues.get(QUEUES.actionPlanChecks)!;
    const job = () => checks.getJob(checkJobId(body.id, 1, 'budget'));
    // Read outside the holder's transaction, which sees the activity of the moment it began.
    const waitingOnTheRow = async () =>
      Number((await stack.queryAsOwner<{ n: string }>(`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`))[0].n);
    try {
      for (const attempt of [1, 2]) {
        const worker = WorkerProcess.start(stack.config);
        workers.push(worker);
        await waitFor(async () => (await job())?.attemptsStarted === attempt && (await (await job())?.getState()) === 'active', `run ${attempt} of the budget check`, 120000);
        // Killed processes leave their backends waiting on the row: one more per run.
        await waitFor(async () => (await waitingOnTheRow()) >= attempt, `run ${attempt} to wait on the row`, 30000);
        await worker.kill('SIGKILL');
      }
      workers.push(WorkerProcess.start(stack.config));
      await waitFor(async () => (await (await job())?.getState()) === 'failed', 'the job to fail', 120000);
      expect((await job())?.failedReason).toBe('job stalled more than allowable limit');
    } finally {
      await holder.query('rollback');
      await holder.end();
    }

    await waitFor(async () => (await stack.as(token).get(`/v1/plans/${body.id}`)).body.status === 'awaiting_decision', 'the reconciler to record the failure', 120000);
    const results = (await stack.as(token).get(`/v1/plans/${body.id}/checks`)).body as { type: string; status: string; findings: { code: string; message: string }[] }[];
    expect(results.map((result) => result.type).sort()).toEqual(['alignment', 'budget', 'completeness', 'endorsement', 'overlap']);
    expect(results.find((result) => result.type === 'budget')).toMatchObject({
      status: 'failed',
      findings: [{ code: 'CHECK_ERROR', message: expect.stringContaining('job stalled more than allowable limit') }],
    });
    await expectSoundHistory(stack, { acknowledged: { created: acknowledged, submitted: acknowledged } });
  }, 300_000);
});
