import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schemaValidator } from '../support/openapi-schema';
import { planBody } from '../support/plan-builder';
import { ResponseCapture } from '../support/response-capture';
import { TestStack, waitFor } from '../support/test-stack';

interface Thread {
  id: string;
  visibility: string;
  anchor: { version: number; path: string } | null;
  status: string;
  outdated: boolean;
  currentValue?: unknown;
  comments: { id: string; author: { kind: string; partnerCode?: string }; body: string; createdAt: string }[];
}

interface Delivered {
  type: string;
  data: Record<string, unknown>;
}

/** Threads on a plan's fields through the real api and worker, on PostgreSQL and Redis. */
describe('threads', () => {
  const capture = new ResponseCapture();
  let stack: TestStack;
  let server: Server;
  const delivered: Delivered[] = [];
  let us: string;
  let honduras: string;
  let canada: string;
  let reviewer: string;
  let conflicted: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        delivered.push(JSON.parse(Buffer.concat(chunks).toString()) as Delivered);
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stack = await TestStack.start({ worker: true, capture, env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_BACKOFF_MS: '50' } });
    [us, honduras, canada, reviewer, conflicted] = await Promise.all([
      stack.key('partner', 'US'),
      stack.key('partner', 'GOV-HN'),
      stack.key('partner', 'CA'),
      stack.key('reviewer', 'OAS'),
      stack.key('reviewer', 'GOV-HN'),
    ]);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/us`;
    await stack.as(us).post('/v1/webhooks').send({ url }).expect(201);
  });

  afterAll(async () => {
    await stack.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  const draft = async () => (await stack.as(us).post('/v1/plans').send(planBody()).expect(201)).body as Record<string, unknown> & { id: string };
  const threads = (token: string, id: string) => stack.as(token).post(`/v1/plans/${id}/threads`);
  const listed = async (token: string, id: string) => (await stack.as(token).get(`/v1/plans/${id}/threads`).expect(200)).body as Thread[];

  it('a reviewer opens one on a field, the lead replies and resolves it, and each step is in the history', async () => {
    const plan = await draft();
    const opened = await threads(reviewer, plan.id).send({ visibility: 'participants', path: '/budget/amount', body: 'Is 1.5 million enough for three precincts?' }).expect(201);
    expect(opened.body).toEqual({
      id: expect.any(String),
      visibility: 'participants',
      anchor: { version: 1, path: '/budget/amount' },
      status: 'open',
      outdated: false,
      comments: [{ id: expect.any(String), author: { kind: 'reviewer', partnerCode: 'OAS' }, body: 'Is 1.5 million enough for three precincts?', createdAt: expect.any(String) }],
    });
    const thread = opened.body as Thread;
    const replied = await stack.as(us).post(`/v1/plans/${plan.id}/threads/${thread.id}/comments`).send({ body: 'It is, with the ministry’s staff.' }).expect(201);
    expect(replied.body.comments.map((comment: Thread['comments'][number]) => [comment.author, comment.body])).toEqual([
      [{ kind: 'reviewer', partnerCode: 'OAS' }, 'Is 1.5 million enough for three precincts?'],
      [{ kind: 'partner', partnerCode: 'US' }, 'It is, with the ministry’s staff.'],
    ]);
    expect((await stack.as(honduras).post(`/v1/plans/${plan.id}/threads/${thread.id}/resolve`).expect(200)).body.status).toBe('resolved');
    expect((await stack.as(us).post(`/v1/plans/${plan.id}/threads/${thread.id}/resolve`)).body).toMatchObject({ statusCode: 409, code: 'THREAD.INVALID_STATUS' });
    expect((await stack.as(us).post(`/v1/plans/${plan.id}/threads/${thread.id}/comments`).send({ body: 'One more thing' })).status).toBe(409);
    expect((await stack.as(reviewer).post(`/v1/plans/${plan.id}/threads/${thread.id}/reopen`).expect(200)).body.status).toBe('open');

    const history = (await stack.as(us).get(`/v1/plans/${plan.id}/history`).expect(200)).body as { type: string; actor: { role: string }; data: Record<string, unknown> }[];
    expect(history.filter((event) => event.type.startsWith('ActionPlanThread')).map((event) => [event.type, event.actor.role, event.data.threadId])).toEqual([
      ['ActionPlanThreadOpened', 'reviewer', thread.id],
      ['ActionPlanThreadCommented', 'partner', thread.id],
      ['ActionPlanThreadResolved', 'partner', thread.id],
      ['ActionPlanThreadReopened', 'reviewer', thread.id],
    ]);
  });

  it('reviewers threads exist only for reviewers and admins: not for the lead, a participant, or a reviewer with a conflict of interest', async () => {
    const plan = await draft();
    const internal = (await threads(reviewer, plan.id).send({ visibility: 'reviewers', body: 'The lead’s last plan ran late.' }).expect(201)).body as Thread;
    const shared = (await threads(reviewer, plan.id).send({ visibility: 'participants', body: 'Please add a baseline.' }).expect(201)).body as Thread;

    expect((await listed(reviewer, plan.id)).map((thread) => thread.id)).toEqual([internal.id, shared.id]);
    expect((await listed(stack.config.adminToken!, plan.id)).map((thread) => thread.id)).toEqual([internal.id, shared.id]);
    for (const token of [us, honduras, conflicted]) expect((await listed(token, plan.id)).map((thread) => thread.id)).toEqual([shared.id]);
    const lead = (await stack.as(us).get(`/v1/plans/${plan.id}/history`)).body as { data: Record<string, unknown> }[];
    expect(lead.filter((event) => event.data.threadId !== undefined).map((event) => event.data.threadId)).toEqual([shared.id]);

    for (const action of ['comments', 'resolve', 'reopen']) {
      const refused = await stack.as(us).post(`/v1/plans/${plan.id}/threads/${internal.id}/${action}`).send({ body: 'Let me see' });
      expect({ action, status: refused.status, code: refused.body.code }).toEqual({ action, status: 404, code: 'THREAD.NOT_FOUND' });
    }
    expect((await threads(us, plan.id).send({ visibility: 'reviewers', body: 'Let me in' })).body).toMatchObject({ statusCode: 403, code: 'THREAD.FORBIDDEN', message: 'only reviewers and admins may open a reviewers thread' });
  });

  it('a reviewer with a conflict of interest may not open or join a reviewers thread (403), and speaks in participants threads as a party', async () => {
    const plan = await draft();
    const internal = (await threads(reviewer, plan.id).send({ visibility: 'reviewers', body: 'Between us reviewers.' }).expect(201)).body as Thread;
    const opening = await threads(conflicted, plan.id).send({ visibility: 'reviewers', body: 'Let me in' });
    expect(opening.body).toMatchObject({ statusCode: 403, code: 'THREAD.CONFLICT_OF_INTEREST' });
    expect((await stack.as(conflicted).post(`/v1/plans/${plan.id}/threads/${internal.id}/comments`).send({ body: 'And me' })).body).toMatchObject({ statusCode: 403, code: 'THREAD.CONFLICT_OF_INTEREST' });
    expect((await stack.as(conflicted).post(`/v1/plans/${plan.id}/threads/${internal.id}/resolve`)).status).toBe(403);
    expect((await threads(conflicted, plan.id).send({ visibility: 'participants', body: 'The ministry agrees.' })).status).toBe(201);
    expect(await stack.query('select count(*)::int as n from action_plan_thread_comment where plan_id = ?', [plan.id])).toEqual([{ n: 2 }]);
  });

  it('no thread exists for a plan the caller may not see, nor for a partner that takes no part in it', async () => {
    const plan = await draft();
    const shared = (await threads(us, plan.id).send({ visibility: 'participants', body: 'Our own note.' }).expect(201)).body as Thread;
    expect((await stack.as(canada).get(`/v1/plans/${plan.id}/threads`)).body).toMatchObject({ statusCode: 404, code: 'ACTION_PLAN.NOT_FOUND' });
    expect((await threads(canada, plan.id).send({ visibility: 'participants', body: 'Hello' })).status).toBe(404);
    expect((await stack.as(canada).post(`/v1/plans/${plan.id}/threads/${shared.id}/comments`).send({ body: 'Hello' })).status).toBe(404);
    expect((await stack.as(us).post(`/v1/plans/${plan.id}/threads/0192f5c0-0000-7000-8000-000000000000/comments`).send({ body: 'Hello' })).body.code).toBe('THREAD.NOT_FOUND');
  });

  it('refuses a body that is blank, too long or not text, and an anchor that names nothing, with a clear 400', async () => {
    const plan = await draft();
    const refused = async (body: Record<string, unknown>) => (await threads(reviewer, plan.id).send({ visibility: 'reviewers', ...body })).body as { statusCode: number; details: unknown };
    expect(await refused({ body: '' })).toMatchObject({ statusCode: 400, details: [{ field: 'body', message: 'body must be 1 to 10,000 characters of text, not only blanks' }] });
    expect(await refused({ body: '   ' })).toMatchObject({ statusCode: 400, details: [{ field: 'body', message: 'body must be 1 to 10,000 characters of text, not only blanks' }] });
    expect(await refused({ body: 'x'.repeat(10_001) })).toMatchObject({ details: [{ field: 'body', message: 'body must be at most 10,000 characters; it has 10,001' }] });
    expect(await refused({ body: 42 })).toMatchObject({ details: [{ field: 'body', message: 'body must be a string' }] });
    expect(await refused({ body: 'bell \u0007' })).toMatchObject({ details: [{ field: 'body', message: 'body contains a control character or an unpaired UTF-16 surrogate' }] });
    expect(await refused({})).toMatchObject({ details: [{ field: 'body', message: 'body must be a string' }] });
    expect(await refused({ body: 'x', path: '/activities/A9/sector' })).toMatchObject({ details: [{ field: 'path', message: expect.stringContaining('names no field of version 1') }] });
    expect(await refused({ body: 'x', path: 'budget' })).toMatchObject({ details: [{ field: 'path', message: 'path must be a JSON Pointer into the content, such as /budget/amount' }] });
    expect(await refused({ body: 'x', path: '/title', version: 2 })).toMatchObject({ details: [{ field: 'version', message: 'the plan has no version 2' }] });
    expect(await refused({ body: 'x', version: 1 })).toMatchObject({ details: [{ field: 'version', message: 'version needs a path: without one the thread is about the plan as a whole' }] });
    expect((await threads(reviewer, plan.id).send({ visibility: 'everyone', body: 'x' })).status).toBe(400);
    expect((await threads(reviewer, plan.id).send({ visibility: 'reviewers', body: '🇭🇳'.repeat(5_000) })).status).toBe(201);
    expect(await stack.query('select count(*)::int as n from action_plan_thread where plan_id = ?', [plan.id])).toEqual([{ n: 1 }]);
  });

  it('is outdated once a later version changes its field, with the new value; a field that did not change is not', async () => {
    const plan = await draft();
    const onBudget = (await threads(reviewer, plan.id).send({ visibility: 'participants', path: '/budget/amount', body: 'Too much?' }).expect(201)).body as Thread;
    const onSector = (await threads(reviewer, plan.id).send({ visibility: 'participants', path: '/activities/A1/sector', body: 'Police, really?' }).expect(201)).body as Thread;
    const onPlan = (await threads(reviewer, plan.id).send({ visibility: 'participants', body: 'Overall fine.' }).expect(201)).body as Thread;
    const { id: _id, status: _status, version: _version, leadPartner: _lead, recommendation: _rec, createdAt: _created, updatedAt: _updated, ...content } = plan;
    const activities = content.activities as Record<string, unknown>[];
    await stack
      .as(us)
      .put(`/v1/plans/${plan.id}`)
      .send({ ...content, budget: { amount: '1250000', currency: 'USD' }, activities: [{ ...activities[0], budget: { amount: '1250000', currency: 'USD' } }] })
      .expect(200);

    const byId = new Map((await listed(us, plan.id)).map((thread) => [thread.id, thread]));
    expect(byId.get(onBudget.id)).toMatchObject({ anchor: { version: 1, path: '/budget/amount' }, outdated: true, currentValue: '1250000.00' });
    expect(byId.get(onSector.id)).toMatchObject({ outdated: false });
    expect(byId.get(onSector.id)).not.toHaveProperty('currentValue');
    expect(byId.get(onPlan.id)).toMatchObject({ anchor: null, outdated: false });
  });

  it('tells the plan’s partners of participants threads by webhook, never of reviewers threads', async () => {
    const plan = await draft();
    await threads(reviewer, plan.id).send({ visibility: 'reviewers', body: 'Internal only.' }).expect(201);
    const shared = (await threads(reviewer, plan.id).send({ visibility: 'participants', body: 'For the lead.' }).expect(201)).body as Thread;
    await stack.as(us).post(`/v1/plans/${plan.id}/threads/${shared.id}/resolve`).expect(200);
    const threadEvents = () => delivered.filter((payload) => payload.type.startsWith('ActionPlanThread') && (payload as unknown as { planId: string }).planId === plan.id);
    // Deliveries may arrive in any order: wait for both, then look at what came.
    await waitFor(async () => threadEvents().length >= 2, 'the opening and the resolution to be delivered');
    expect(threadEvents().map((payload) => [payload.type, payload.data.visibility, payload.data.body]).sort()).toEqual([
      ['ActionPlanThreadOpened', 'participants', 'For the lead.'],
      ['ActionPlanThreadResolved', 'participants', undefined],
    ]);
    const validate = schemaValidator((await stack.http.get('/docs-json').expect(200)).body);
    for (const payload of threadEvents()) expect(validate({ $ref: '#/components/schemas/WebhookEventPayload' }, payload)).toEqual([]);
  });

  it('keeps the history verifiable: audit verify accepts the thread events', async () => {
    const audit = await stack.admin.get('/v1/admin/audit/verify').expect(200);
    expect(audit.body).toMatchObject({ ok: true });
  });

  it('sent no partner a reviewers thread, nor another partner’s non-visible data (I6)', async () => {
    await capture.expectNoLeaks(stack);
  });
});
