import { expectSoundHistory } from '../support/history-check';
import { planBody } from '../support/plan-builder';
import { freePort } from '../support/free-port';
import { ADMIN_TOKEN, TestStack, waitFor } from '../support/test-stack';
import { ServiceProcess } from '../support/worker-process';

/**
 * The API killed with SIGKILL while clients create plans, each retrying with its idempotency key
 * until it gets an answer: one plan per key, never a 201 without a stored plan.
 */
describe('an API process killed under load', () => {
  let stack: TestStack;
  let port: number;
  let api: ServiceProcess;

  beforeAll(async () => {
    stack = await TestStack.start();
    port = await freePort();
    api = ServiceProcess.start('api', stack.config, { PORT: String(port), ACCORD_ADMIN_TOKEN: ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '0' });
  });

  afterAll(async () => {
    await api.kill('SIGTERM');
    await stack.stop();
  });

  const ready = () => waitFor(async () => (await fetch(`http://127.0.0.1:${port}/health/live`).catch(() => null))?.ok === true, 'the API process to answer', 60000);

  it('leaves exactly one plan per idempotency key', async () => {
    await ready();
    const token = await stack.key('partner', 'US');
    const keys = Array.from({ length: 60 }, (_, i) => `crash-${i}`);
    const answers = new Map<string, string>();

    const create = async (key: string): Promise<void> => {
      for (;;) {
        const response = await fetch(`http://127.0.0.1:${port}/v1/plans`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify(planBody({ title: `Plan ${key}` })),
        }).catch(() => null);
        if (response?.status === 201) {
          answers.set(key, ((await response.json()) as { id: string }).id);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    const clients = keys.map((key, i) => new Promise((resolve) => setTimeout(resolve, i * 15)).then(() => create(key)));
    await waitFor(async () => answers.size >= 10, 'the first plans to be created');
    await api.kill('SIGKILL');
    api = ServiceProcess.start('api', stack.config, { PORT: String(port), ACCORD_ADMIN_TOKEN: ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '0' });
    await Promise.all(clients);

    const rows = await stack.query<{ key: string; n: string }>(
      `select r.key, count(p.id) as n from idempotency_record r left join action_plan p on p.id = (r.response->'view'->>'id')::uuid group by r.key`,
    );
    expect(rows).toHaveLength(keys.length);
    for (const row of rows) expect(row.n).toBe('1');
    const plans = await stack.query<{ n: string }>(`select count(*) as n from action_plan`);
    expect(plans[0].n).toBe(String(keys.length));
    for (const [key, id] of answers) expect((await stack.query('select 1 from action_plan where id = ? and title = ?', [id, `Plan ${key}`])).length).toBe(1);

    // A worker publishes what the API committed, so that the outbox is checked drained too.
    await stack.startWorker();
    await expectSoundHistory(stack, { acknowledged: { created: [...answers.values()] } });
  });
});
