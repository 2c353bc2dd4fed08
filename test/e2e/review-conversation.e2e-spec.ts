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
}

/**
 * The scenario on the real api and worker: a plan sent back with two cited threads, revised,
 * resubmitted; what the reviewers and the lead then see of what changed and of the conversation.
 */
describe('a request for changes citing threads, and the revision that answers it', () => {
  const capture = new ResponseCapture();
  let stack: TestStack;
  let us: string;
  let canada: string;
  let reviewers: string[];
  let conflicted: string;
  let planId: string;
  let onBudget: Thread;
  let onSector: Thread;
  let internal: Thread;
  let queueBeforeApproval: unknown;

  const precincts = { title: 'Model precincts', country: 'HN', sector: '15132', period: { start: '2027-01-01', end: '2028-06-30' }, budget: { amount: '1000000.00', currency: 'USD' } };
  const outreach = { title: 'Youth outreach', country: 'HN', sector: '15220', period: { start: '2027-01-01', end: '2028-06-30' }, budget: { amount: '500000.00', currency: 'USD' } };

  const status = async () => (await stack.as(us).get(`/v1/plans/${planId}`)).body.status as string;
  const decide = (token: string, body: Record<string, unknown>) => stack.as(token).post(`/v1/review/plans/${planId}/decisions`).send(body);
  const queueItem = async () => ((await stack.as(reviewers[0]).get('/v1/review/queue').expect(200)).body.items as { id: string }[]).find((item) => item.id === planId);

  beforeAll(async () => {
    stack = await TestStack.start({ worker: true, capture });
    [us, canada, conflicted, ...reviewers] = await Promise.all([
      stack.key('partner', 'US'),
      stack.key('partner', 'CA'),
      stack.key('reviewer', 'GOV-HN'),
      stack.key('reviewer', 'OAS'),
      stack.key('reviewer', 'EU'),
      stack.key('reviewer', 'IDB'),
    ]);
    const created = await stack.as(us).post('/v1/plans').send(planBody({ activities: [precincts, outreach] })).expect(201);
    planId = created.body.id;
    await stack.as(us).post(`/v1/plans/${planId}/submit`).expect(202);
    await waitFor(async () => (await status()) === 'awaiting_decision', 'version 1 to await a decision', 30000);
  });

  afterAll(() => stack.stop());

  it('a reviewer opens threads on the budget and on an activity’s sector, and one for reviewers only', async () => {
    const open = async (body: Record<string, unknown>) => (await stack.as(reviewers[0]).post(`/v1/plans/${planId}/threads`).send(body).expect(201)).body as Thread;
    onBudget = await open({ visibility: 'participants', path: '/budget/amount', body: 'The total is short of what three precincts cost.' });
    onSector = await open({ visibility: 'participants', path: '/activities/A2/sector', body: 'Is youth outreach peace-building, or vocational training?' });
    internal = await open({ visibility: 'reviewers', body: 'The lead’s last programme in Honduras ran a year late.' });
    expect([onBudget.anchor, onSector.anchor, internal.anchor]).toEqual([{ version: 1, path: '/budget/amount' }, { version: 1, path: '/activities/A2/sector' }, null]);
  });

  it('a reviewer with a conflict of interest may neither open a reviewers thread nor decide (403)', async () => {
    expect((await stack.as(conflicted).post(`/v1/plans/${planId}/threads`).send({ visibility: 'reviewers', body: 'Let us in' })).body).toMatchObject({ statusCode: 403, code: 'THREAD.CONFLICT_OF_INTEREST' });
    expect((await stack.as(conflicted).post(`/v1/plans/${planId}/threads/${internal.id}/comments`).send({ body: 'And me' })).status).toBe(403);
    expect((await decide(conflicted, { decision: 'request_changes', comment: 'x', threads: [onBudget.id] })).status).toBe(403);
  });

  it('a request for changes may cite only the plan’s open participants threads (400, nothing recorded)', async () => {
    const refused = await decide(reviewers[0], { decision: 'request_changes', comment: 'See the threads', threads: [onBudget.id, internal.id] });
    expect(refused.body).toMatchObject({ statusCode: 400, details: [{ field: 'threads[1]', message: `thread ${internal.id} is a reviewers thread, which the lead cannot read: cite participants threads` }] });
    expect((await decide(reviewers[0], { decision: 'approve', threads: [onBudget.id] })).body.details).toEqual([{ field: 'threads', message: 'only a request for changes cites threads' }]);
    expect(await stack.query('select count(*)::int as n from decision where plan_id = ?', [planId])).toEqual([{ n: 0 }]);
  });

  it('sends the plan back citing the two threads; the lead sees them cited, its fields not yet changed, in round 2', async () => {
    const decided = await decide(reviewers[0], { decision: 'request_changes', comment: 'Please address the two threads.', threads: [onBudget.id, onSector.id] }).expect(201);
    expect(decided.body.decision.threads).toEqual([onBudget.id, onSector.id]);
    const plan = (await stack.as(us).get(`/v1/plans/${planId}`).expect(200)).body;
    expect(plan).toMatchObject({
      status: 'changes_requested',
      round: 2,
      citedThreads: [
        { id: onBudget.id, anchor: { version: 1, path: '/budget/amount' }, status: 'open', changed: false },
        { id: onSector.id, anchor: { version: 1, path: '/activities/A2/sector' }, status: 'open', changed: false },
      ],
    });
  });

  it('the lead revises (budget changed, activities reordered, one renamed by its ref) and resubmits: the changes are exactly those fields', async () => {
    const current = (await stack.as(us).get(`/v1/plans/${planId}`).expect(200)).body;
    const [first, second] = current.activities as Record<string, unknown>[];
    expect([first.ref, second.ref]).toEqual(['A1', 'A2']);
    const { id: _id, status: _status, version: _version, leadPartner: _lead, recommendation: _rec, createdAt: _created, updatedAt: _updated, round: _round, citedThreads: _cited, ...content } = current;
    const revised = {
      ...content,
      activities: [second, { ...first, title: 'Model community precincts', budget: { amount: '1100000.00', currency: 'USD' } }],
      budget: { amount: '1600000.00', currency: 'USD' },
    };
    await stack.as(us).put(`/v1/plans/${planId}`).send(revised).expect(200);
    await stack.as(us).post(`/v1/plans/${planId}/submit`).expect(202);
    await waitFor(async () => (await status()) === 'awaiting_decision', 'version 2 to await a decision', 30000);

    const changes = await stack.as(reviewers[1]).get(`/v1/plans/${planId}/versions/2/changes`).expect(200);
    expect(changes.body).toEqual({
      planId,
      version: 2,
      since: 1,
      changes: [
        { path: '/activities/A1/title', kind: 'changed', before: 'Model precincts', after: 'Model community precincts', ref: 'A1' },
        { path: '/activities/A1/budget/amount', kind: 'changed', before: '1000000.00', after: '1100000.00', ref: 'A1' },
        { path: '/budget/amount', kind: 'changed', before: '1500000.00', after: '1600000.00' },
      ],
    });
    const history = (await stack.as(us).get(`/v1/plans/${planId}/history`).expect(200)).body as { type: string; data: Record<string, unknown> }[];
    expect(history.find((event) => event.type === 'ActionPlanRevised')?.data.changedPaths).toEqual(['/activities/A1/title', '/activities/A1/budget/amount', '/budget/amount']);
  });

  it('the budget thread is outdated with its new value; the sector thread is not', async () => {
    const threads = (await stack.as(reviewers[1]).get(`/v1/plans/${planId}/threads`).expect(200)).body as Thread[];
    const byId = new Map(threads.map((thread) => [thread.id, thread]));
    expect(byId.get(onBudget.id)).toMatchObject({ outdated: true, currentValue: '1600000.00' });
    expect(byId.get(onSector.id)).toMatchObject({ outdated: false });
    expect(byId.get(internal.id)).toMatchObject({ visibility: 'reviewers', outdated: false });
  });

  it('the queue shows round 2, the open threads, and which cited field changed', async () => {
    expect(await queueItem()).toMatchObject({
      version: 2,
      round: 2,
      openThreads: 3,
      citedThreads: [
        { id: onBudget.id, anchor: { version: 1, path: '/budget/amount' }, status: 'open', changed: true },
        { id: onSector.id, anchor: { version: 1, path: '/activities/A2/sector' }, status: 'open', changed: false },
      ],
    });
    queueBeforeApproval = (await stack.as(reviewers[0]).get('/v1/review/queue').expect(200)).body;
    await stack.as(us).post(`/v1/plans/${planId}/threads/${onBudget.id}/resolve`).expect(200);
    expect(await queueItem()).toMatchObject({ openThreads: 2, citedThreads: [{ id: onBudget.id, status: 'resolved', changed: true }, { id: onSector.id, changed: false }] });
    expect((await stack.as(us).get(`/v1/plans/${planId}`).expect(200)).body.citedThreads.map((thread: { changed: boolean }) => thread.changed)).toEqual([true, false]);
  });

  it('the lead never sees the reviewers thread: not in the list, not in the history', async () => {
    const threads = (await stack.as(us).get(`/v1/plans/${planId}/threads`).expect(200)).body as Thread[];
    expect(threads.map((thread) => thread.id)).toEqual([onBudget.id, onSector.id]);
    const history = JSON.stringify((await stack.as(us).get(`/v1/plans/${planId}/history`).expect(200)).body);
    expect(history).not.toContain(internal.id);
    expect(history).not.toContain('ran a year late');
    expect((await stack.as(us).post(`/v1/plans/${planId}/threads/${internal.id}/comments`).send({ body: 'What is this?' })).status).toBe(404);
  });

  it('once approved, a partner that takes no part in the plan sees it without its threads or the ones its decisions cited', async () => {
    await decide(reviewers[1], { decision: 'approve' }).expect(201);
    await decide(reviewers[2], { decision: 'approve' }).expect(201);
    expect(await status()).toBe('approved');
    const plan = (await stack.as(canada).get(`/v1/plans/${planId}`).expect(200)).body;
    expect(plan).toMatchObject({ status: 'approved', round: 2, citedThreads: [] });
    expect((await stack.as(canada).get(`/v1/plans/${planId}/threads`).expect(200)).body).toEqual([]);
    const history = JSON.stringify((await stack.as(canada).get(`/v1/plans/${planId}/history`).expect(200)).body);
    for (const thread of [onBudget, onSector, internal]) expect(history).not.toContain(thread.id);
    expect((await stack.as(us).post(`/v1/plans/${planId}/threads/${onSector.id}/comments`).send({ body: 'Done' })).body).toMatchObject({ statusCode: 409, code: 'ACTION_PLAN.CLOSED' });
  });

  it('the history with its thread events passes audit verify', async () => {
    expect((await stack.admin.get('/v1/admin/audit/verify').expect(200)).body).toMatchObject({ ok: true });
  });

  it('answers as the OpenAPI document says: the plan, its changes, threads, history and the queue', async () => {
    const validate = schemaValidator((await stack.http.get('/docs-json').expect(200)).body);
    const problems = (schema: string, value: unknown) => validate({ $ref: `#/components/schemas/${schema}` }, value);
    const get = async (path: string, token = reviewers[0]) => (await stack.as(token).get(path).expect(200)).body as unknown;
    expect(problems('ActionPlanDetailResponse', await get(`/v1/plans/${planId}`, us))).toEqual([]);
    expect(problems('ReviewQueueResponse', queueBeforeApproval)).toEqual([]);
    expect(problems('ActionPlanChangesResponse', await get(`/v1/plans/${planId}/versions/2/changes`))).toEqual([]);
    expect(problems('ActionPlanChangesResponse', { planId, version: 2, since: 1, changes: [{ path: '/activities/A3', kind: 'added', after: { ref: 'A3', title: 'Prisons', description: null, country: 'HN', sector: '15137', period: { start: '2027-01-01', end: '2027-12-31' }, budget: { amount: '100000.00', currency: 'USD' } }, ref: 'A3' }, { path: '/programAreas', kind: 'changed', before: [], after: ['PREVENTION'] }] })).toEqual([]);
    for (const thread of (await get(`/v1/plans/${planId}/threads`)) as unknown[]) expect(problems('ThreadResponse', thread)).toEqual([]);
    for (const event of (await get(`/v1/plans/${planId}/history`)) as unknown[]) expect(problems('ActionPlanEventResponse', event)).toEqual([]);
    expect(problems('ThreadOpenedData', ((await get(`/v1/plans/${planId}/history`)) as { type: string; data: unknown }[]).find((event) => event.type === 'ActionPlanThreadOpened')!.data)).toEqual([]);
  });

  it('no partner was sent a reviewers thread, nor anything else it may not see (I6)', async () => {
    await capture.expectNoLeaks(stack);
  });
});
