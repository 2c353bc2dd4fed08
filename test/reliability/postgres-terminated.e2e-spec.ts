import { expectSoundHistory } from '../support/history-check';
import { planBody } from '../support/plan-builder';
import { TestStack, waitFor } from '../support/test-stack';
import { withAdminClient } from '../support/databases';

/**
 * PostgreSQL connections terminated (pg_terminate_backend) while partners create and submit: the
 * API answers 503 for what it could not commit, never a 201 without a stored plan, and every
 * accepted submission still reaches a decision point.
 */
describe('PostgreSQL connections terminated mid-load', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: true, env: { RECONCILE_EVERY_MS: '500', RECONCILE_AFTER_MS: '2000' } });
  });

  afterAll(() => stack.stop());

  it('answers 503 or commits, and converges', async () => {
    const token = await stack.key('partner', 'US');
    const database = new URL(stack.config.databaseUrl).pathname.slice(1);
    const created: string[] = [];
    const submitted: string[] = [];
    const statuses: number[] = [];
    let running = true;

    const killer = (async () => {
      while (running) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        await withAdminClient((client) => client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]));
      }
    })();
    await Promise.all(
      Array.from({ length: 6 }, async (_, client) => {
        for (let i = 0; i < 10; i += 1) {
          const response = await stack.as(token).post('/v1/plans').send(planBody({ title: `Client ${client} plan ${i}` }));
          statuses.push(response.status);
          if (response.status !== 201) continue;
          created.push(response.body.id);
          const submit = await stack.as(token).post(`/v1/plans/${response.body.id}/submit`);
          statuses.push(submit.status);
          if (submit.status === 202) submitted.push(response.body.id);
        }
      }),
    );
    running = false;
    await killer;

    expect(statuses.filter((status) => ![201, 202, 503].includes(status))).toEqual([]);
    expect(statuses).toContain(503);
    const stored = await stack.query<{ id: string }>('select id from action_plan where id = any(?::uuid[])', [`{${created.join(',')}}`]);
    expect(stored).toHaveLength(created.length);
    await waitFor(
      async () =>
        Number((await stack.query<{ n: string }>(`select count(*) as n from action_plan where id = any(?::uuid[]) and status = 'awaiting_decision'`, [`{${submitted.join(',')}}`]))[0].n) ===
        submitted.length,
      'every accepted submission to await a decision',
      90000,
    );
    await expectSoundHistory(stack, { acknowledged: { created, submitted } });
  });
});
