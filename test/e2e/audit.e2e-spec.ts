import { planBody } from '../support/plan-builder';
import { ADMIN_TOKEN, TestStack, waitFor } from '../support/test-stack';

describe('the tamper-evident history', () => {
  let stack: TestStack;
  let us: string;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: true });
    us = await stack.key('partner', 'US');
  });

  afterAll(() => stack.stop());

  const verify = async () => (await stack.as(ADMIN_TOKEN).get('/v1/admin/audit/verify')).body;

  it('chains each plan’s events by hash, and verify finds the whole history sound', async () => {
    const { body } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    await stack.as(us).post(`/v1/plans/${body.id}/submit`).expect(202);
    await waitFor(async () => (await stack.as(us).get(`/v1/plans/${body.id}`)).body.status === 'awaiting_decision', 'the review to complete');
    const rows = await stack.query<{ seq: number; prev_hash: string; hash: string }>('select seq, prev_hash, hash from action_plan_event where plan_id = ? order by seq', [body.id]);
    expect(rows[0].prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i += 1) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);

    const report = await verify();
    expect(report).toMatchObject({ ok: true, firstBrokenLink: null, violations: [] });
    expect(report.eventsChecked).toBe(rows.length);
  });

  it('reports the first broken link when a row was altered behind the service’s back', async () => {
    const { body } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    await stack.as(us).post(`/v1/plans/${body.id}/withdraw`).send({ reason: 'Merged' }).expect(200);
    // Only the table's owner can get past the append-only trigger, and the chain still shows it.
    await stack.queryAsOwner('alter table action_plan_event disable trigger action_plan_event_append_only');
    try {
      await stack.queryAsOwner(`update action_plan_event set data = jsonb_set(data, '{reason}', '"Never withdrawn"') where plan_id = ? and seq = 2`, [body.id]);
    } finally {
      await stack.queryAsOwner('alter table action_plan_event enable trigger action_plan_event_append_only');
    }
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBrokenLink).toMatchObject({ planId: body.id, seq: 2, invariant: 'HASH_CHAIN' });
  });

  it('finds a removed last event by the head the plan’s row keeps, and a status changed without its event', async () => {
    const withdrawn = async () => {
      const { body } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
      await stack.as(us).post(`/v1/plans/${body.id}/withdraw`).send({ reason: 'Merged' }).expect(200);
      return body.id as string;
    };
    const [truncated, relabelled] = [await withdrawn(), await withdrawn()];
    await stack.queryAsOwner('alter table action_plan_event disable trigger action_plan_event_append_only');
    try {
      await stack.queryAsOwner('delete from action_plan_event where plan_id = ? and seq = 2', [truncated]);
    } finally {
      await stack.queryAsOwner('alter table action_plan_event enable trigger action_plan_event_append_only');
    }
    await stack.query(`update action_plan set status = 'draft' where id = ?`, [relabelled]);

    const report = await verify();
    expect(report.ok).toBe(false);
    const of = (id: string) => report.violations.filter((violation: { planId: string }) => violation.planId === id);
    expect(of(truncated)).toEqual([
      expect.objectContaining({ seq: 2, invariant: 'HASH_CHAIN', message: expect.stringMatching(/records event 2 as its last/) }),
      expect.objectContaining({ invariant: 'CURRENT_STATUS', message: 'the plan is withdrawn, and its history leaves it draft' }),
    ]);
    expect(of(relabelled)).toEqual([expect.objectContaining({ seq: 2, invariant: 'CURRENT_STATUS', message: 'the plan is draft, and its history leaves it withdrawn' })]);
  });

  it('checks every goal x country total the budget check reads against the allocations it sums', async () => {
    const { body } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    await stack.as(us).post(`/v1/plans/${body.id}/submit`).expect(202);
    await waitFor(async () => (await stack.as(us).get(`/v1/plans/${body.id}`)).body.status === 'awaiting_decision', 'the review to complete');
    const totals = async () => (await verify()).invariants.find((result: { invariant: string }) => result.invariant.startsWith('every goal x country total'));
    expect(await totals()).toMatchObject({ ok: true });

    const [cell] = await stack.query<{ goal: string; country: string }>('select goal, country from funding_allocation where plan_id = ? limit 1', [body.id]);
    await stack.query('update funding_cell set usd = usd + 1 where goal = ? and country = ?', [cell.goal, cell.country]);
    try {
      expect(await totals()).toEqual({ invariant: expect.any(String), ok: false, detail: '1 totals differ from their allocations' });
      expect((await verify()).ok).toBe(false);
    } finally {
      await stack.query('update funding_cell set usd = usd - 1 where goal = ? and country = ?', [cell.goal, cell.country]);
    }
    expect(await totals()).toMatchObject({ ok: true });
  });

  describe('the application’s database role', () => {
    it('is the role the service acts as, not the owner DATABASE_URL logs in as', async () => {
      const [app] = await stack.query<{ role: string; superuser: boolean }>('select current_user as role, rolsuper as superuser from pg_roles where rolname = current_user');
      expect(app).toEqual({ role: 'accord_app', superuser: false });
      const [owner] = await stack.queryAsOwner<{ role: string }>('select current_user as role');
      expect(owner.role).not.toBe('accord_app');
    });

    it('inserts history through the service, but PostgreSQL refuses it any UPDATE, DELETE or TRUNCATE, even with the trigger off', async () => {
      const { body } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
      await stack.as(us).post(`/v1/plans/${body.id}/withdraw`).send({ reason: 'Merged' }).expect(200);
      expect(await stack.query('select seq from action_plan_event where plan_id = ? order by seq', [body.id])).toEqual([{ seq: 1 }, { seq: 2 }]);

      // With the trigger off, only the role's privileges stand between the service and the rows.
      await stack.queryAsOwner('alter table action_plan_event disable trigger action_plan_event_append_only');
      try {
        await expect(stack.query(`update action_plan_event set data = '{}' where plan_id = ?`, [body.id])).rejects.toThrow(/permission denied for table action_plan_event/);
        await expect(stack.query('delete from action_plan_event where plan_id = ?', [body.id])).rejects.toThrow(/permission denied for table action_plan_event/);
        await expect(stack.query('truncate action_plan_event')).rejects.toThrow(/permission denied for table action_plan_event/);
        await expect(stack.query('alter table action_plan_event enable trigger action_plan_event_append_only')).rejects.toThrow(/must be owner/);
      } finally {
        await stack.queryAsOwner('alter table action_plan_event enable trigger action_plan_event_append_only');
      }
    });
  });

  it('is for admins only', async () => {
    expect((await stack.as(us).get('/v1/admin/audit/verify')).status).toBe(403);
  });
});
