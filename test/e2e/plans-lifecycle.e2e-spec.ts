import { planBody } from '../support/plan-builder';
import { TestStack, waitFor } from '../support/test-stack';

describe('action plans over HTTP', () => {
  let stack: TestStack;
  let us: string;
  let canada: string;
  let honduras: string;
  let reviewer: string;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: true });
    [us, canada, honduras, reviewer] = await Promise.all([stack.key('partner', 'US'), stack.key('partner', 'CA'), stack.key('partner', 'GOV-HN'), stack.key('reviewer', 'OAS')]);
  });

  afterAll(() => stack.stop());

  const create = async (token = us, body = planBody()) => {
    const response = await stack.as(token).post('/v1/plans').send(body);
    expect(response.status).toBe(201);
    return response;
  };

  describe('create', () => {
    it('stores a draft led by the caller, version 1, with an ETag and a Location', async () => {
      const response = await create();
      expect(response.body).toMatchObject({ status: 'draft', version: 1, leadPartner: 'US', recommendation: null, title: 'Community policing in San Pedro Sula' });
      expect(response.body.budget).toEqual({ amount: '1500000.00', currency: 'USD' });
      expect(response.headers.etag).toBe('"1"');
      expect(response.headers.location).toBe(`/v1/plans/${response.body.id}`);
      const [row] = await stack.query('select lead_partner_code, status, current_version from action_plan where id = ?', [response.body.id]);
      expect(row).toEqual({ lead_partner_code: 'US', status: 'draft', current_version: 1 });
    });

    it('writes amounts with two places and absent parts as empty', async () => {
      const body = planBody({ budget: { amount: '20', currency: 'EUR' }, indicators: undefined, participants: undefined, summary: undefined });
      const response = await create(us, body);
      expect(response.body).toMatchObject({ budget: { amount: '20.00', currency: 'EUR' }, indicators: [], participants: [], summary: null, supersedes: [], coFunds: [] });
    });

    it('is refused to reviewers and admins, who lead no plans', async () => {
      expect((await stack.as(reviewer).post('/v1/plans').send(planBody())).status).toBe(403);
      expect((await stack.admin.post('/v1/plans').send(planBody())).status).toBe(403);
    });
  });

  describe('read', () => {
    it('returns the plan with its ETag', async () => {
      const { body } = await create();
      const response = await stack.as(us).get(`/v1/plans/${body.id}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ ...body, round: 1, citedThreads: [] });
      expect(response.headers.etag).toBe('"1"');
    });

    it('an unknown id is 404 and a malformed one 400', async () => {
      expect((await stack.as(us).get('/v1/plans/01a212e4-93d9-7d85-8592-2e40660a4f8b')).status).toBe(404);
      const malformed = await stack.as(us).get('/v1/plans/not-a-uuid');
      expect(malformed.status).toBe(400);
      expect(malformed.body.details).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    });
  });

  describe('revise', () => {
    it('makes version 2 and keeps version 1 as it was', async () => {
      const { body } = await create();
      const response = await stack.as(us).put(`/v1/plans/${body.id}`).set('If-Match', '"1"').send(planBody({ title: 'Revised title' }));
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ version: 2, status: 'draft', title: 'Revised title' });
      expect(response.headers.etag).toBe('"2"');
      expect((await stack.as(us).get(`/v1/plans/${body.id}/versions/1`)).body).toMatchObject({ version: 1, title: 'Community policing in San Pedro Sula' });
      expect((await stack.as(us).get(`/v1/plans/${body.id}/versions/2`)).body).toMatchObject({ version: 2, title: 'Revised title', createdBy: { kind: 'api_key', role: 'partner', partnerCode: 'US' } });
      expect((await stack.as(us).get(`/v1/plans/${body.id}/versions/3`)).status).toBe(404);
    });

    it('with a stale If-Match is 412 and changes nothing', async () => {
      const { body } = await create();
      await stack.as(us).put(`/v1/plans/${body.id}`).send(planBody({ title: 'Second' })).expect(200);
      const stale = await stack.as(us).put(`/v1/plans/${body.id}`).set('If-Match', '"1"').send(planBody({ title: 'Lost update' }));
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({ statusCode: 412, error: 'Precondition Failed', code: 'ACTION_PLAN.STALE' });
      expect((await stack.as(us).get(`/v1/plans/${body.id}`)).body).toMatchObject({ version: 2, title: 'Second' });
    });

    it('by a participating partner is 403, by another partner 404', async () => {
      const { body } = await create();
      expect((await stack.as(honduras).put(`/v1/plans/${body.id}`).send(planBody())).status).toBe(403);
      expect((await stack.as(canada).put(`/v1/plans/${body.id}`).send(planBody())).status).toBe(404);
    });

    it('of submitted content is 409: submitted content is never edited', async () => {
      const { body } = await create();
      await stack.as(us).post(`/v1/plans/${body.id}/submit`).expect(202);
      const response = await stack.as(us).put(`/v1/plans/${body.id}`).send(planBody({ title: 'Sneaky edit' }));
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('ACTION_PLAN.INVALID_TRANSITION');
      expect((await stack.as(us).get(`/v1/plans/${body.id}/versions/1`)).body.title).toBe('Community policing in San Pedro Sula');
    });
  });

  describe('submit', () => {
    it('is accepted with 202, then the worker takes the version into review', async () => {
      const { body } = await create();
      const response = await stack.as(us).post(`/v1/plans/${body.id}/submit`).set('If-Match', '"1"');
      expect(response.status).toBe(202);
      expect(response.body.status).toBe('submitted');
      // The automated review may already have completed by the time we look.
      await waitFor(async () => ['in_review', 'awaiting_decision'].includes((await stack.as(us).get(`/v1/plans/${body.id}`)).body.status), 'the plan to enter review');
    });

    it('twice is 409', async () => {
      const { body } = await create();
      await stack.as(us).post(`/v1/plans/${body.id}/submit`).expect(202);
      expect((await stack.as(us).post(`/v1/plans/${body.id}/submit`)).status).toBe(409);
    });

    it('by a participant is 403', async () => {
      const { body } = await create();
      expect((await stack.as(honduras).post(`/v1/plans/${body.id}/submit`)).status).toBe(403);
    });
  });

  describe('withdraw', () => {
    it('from draft keeps the reason in the history; a second time is 409', async () => {
      const { body } = await create();
      const response = await stack.as(us).post(`/v1/plans/${body.id}/withdraw`).send({ reason: 'Merged into the SICA plan' });
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('withdrawn');
      expect((await stack.as(us).post(`/v1/plans/${body.id}/withdraw`).send({})).status).toBe(409);
      const history = (await stack.as(us).get(`/v1/plans/${body.id}/history`)).body;
      expect(history[1]).toMatchObject({ type: 'ActionPlanWithdrawn', data: { reason: 'Merged into the SICA plan', from: 'draft', status: 'withdrawn' } });
    });
  });

  describe('history', () => {
    it('lists every event oldest first, numbered without gaps, with actor and version', async () => {
      const { body } = await create();
      await stack.as(us).put(`/v1/plans/${body.id}`).send(planBody({ title: 'v2' })).expect(200);
      await stack.as(us).post(`/v1/plans/${body.id}/submit`).expect(202);
      // In review only for a moment: the automated review completes on its own.
      await waitFor(async () => (await stack.as(us).get(`/v1/plans/${body.id}`)).body.status === 'awaiting_decision', 'the automated review to complete');
      const history = (await stack.as(us).get(`/v1/plans/${body.id}/history`)).body;
      expect(history.map((event: { seq: number; type: string; version: number; actor: { role: string } }) => [event.seq, event.type, event.version, event.actor.role])).toEqual([
        [1, 'ActionPlanCreated', 1, 'partner'],
        [2, 'ActionPlanRevised', 2, 'partner'],
        [3, 'ActionPlanSubmitted', 2, 'partner'],
        [4, 'ActionPlanReviewStarted', 2, 'system'],
        [5, 'ActionPlanReviewCompleted', 2, 'system'],
      ]);
      const times = history.map((event: { occurredAt: string }) => event.occurredAt);
      expect([...times].sort()).toEqual(times);
    });

    it('rows cannot be altered, even by SQL: not by the service’s role, not by the owner while the trigger stands', async () => {
      const { body } = await create();
      await expect(stack.query('update action_plan_event set type = ? where plan_id = ?', ['Tampered', body.id])).rejects.toThrow(/permission denied/);
      await expect(stack.query('delete from action_plan_event where plan_id = ?', [body.id])).rejects.toThrow(/permission denied/);
      await expect(stack.queryAsOwner('update action_plan_event set type = ? where plan_id = ?', ['Tampered', body.id])).rejects.toThrow(/append-only/);
      await expect(stack.queryAsOwner('delete from action_plan_event where plan_id = ?', [body.id])).rejects.toThrow(/append-only/);
    });
  });

  describe('visibility', () => {
    it('another partner’s draft does not exist for a partner, but does for participants and reviewers', async () => {
      const { body } = await create();
      expect((await stack.as(canada).get(`/v1/plans/${body.id}`)).status).toBe(404);
      expect((await stack.as(canada).get(`/v1/plans/${body.id}/history`)).status).toBe(404);
      expect((await stack.as(canada).get(`/v1/plans/${body.id}/versions/1`)).status).toBe(404);
      expect((await stack.as(honduras).get(`/v1/plans/${body.id}`)).status).toBe(200);
      expect((await stack.as(reviewer).get(`/v1/plans/${body.id}`)).status).toBe(200);
    });

    it('an approved plan is visible to every partner', async () => {
      const { body } = await create();
      await stack.query(`update action_plan set status = 'approved' where id = ?`, [body.id]);
      expect((await stack.as(canada).get(`/v1/plans/${body.id}`)).body.status).toBe('approved');
    });
  });
});
