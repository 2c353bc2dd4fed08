import { planBody } from '../support/plan-builder';
import { TestStack } from '../support/test-stack';

/** Item refs and the changes between versions, through the API on PostgreSQL. */
describe('item refs and the changes between versions', () => {
  let stack: TestStack;
  let us: string;
  let canada: string;
  let reviewer: string;

  beforeAll(async () => {
    stack = await TestStack.start();
    [us, canada, reviewer] = await Promise.all([stack.key('partner', 'US'), stack.key('partner', 'CA'), stack.key('reviewer', 'OAS')]);
  });

  afterAll(() => stack.stop());

  const twoActivities = () =>
    planBody({
      activities: [
        { title: 'Model precincts', country: 'HN', sector: '15132', budget: { amount: '1000000', currency: 'USD' } },
        { title: 'Youth outreach', country: 'HN', sector: '15220', budget: { amount: '500000', currency: 'USD' } },
      ],
    });

  /** The content of a plan as returned, ready to be sent back: what a client revising it does. */
  const contentOf = (plan: Record<string, unknown>) => {
    const { id: _id, status: _status, version: _version, leadPartner: _lead, recommendation: _recommendation, createdAt: _created, updatedAt: _updated, ...content } = plan;
    return content as ReturnType<typeof planBody> & { activities: Record<string, unknown>[] };
  };

  it('assigns A1, A2… and I1… to items sent without a ref, and a revision that sends them back revises them', async () => {
    const { body: created } = await stack.as(us).post('/v1/plans').send(twoActivities()).expect(201);
    expect(created.activities.map((activity: { ref: string }) => activity.ref)).toEqual(['A1', 'A2']);
    expect(created.indicators.map((indicator: { ref: string }) => indicator.ref)).toEqual(['I1']);

    const content = contentOf(created);
    const [precincts, outreach] = content.activities;
    const revised = await stack
      .as(us)
      .put(`/v1/plans/${created.id}`)
      .send({ ...content, activities: [{ ...outreach, title: 'Youth outreach and sport' }, precincts, { title: 'Prison reform', country: 'HN', sector: '15137' }] })
      .expect(200);
    expect(revised.body.activities.map((activity: { ref: string }) => activity.ref)).toEqual(['A2', 'A1', 'A3']);

    const changes = await stack.as(us).get(`/v1/plans/${created.id}/versions/2/changes`).expect(200);
    expect(changes.body).toEqual({
      planId: created.id,
      version: 2,
      since: 1,
      changes: [
        { path: '/activities/A2/title', kind: 'changed', before: 'Youth outreach', after: 'Youth outreach and sport', ref: 'A2' },
        { path: '/activities/A3', kind: 'added', after: { ref: 'A3', title: 'Prison reform', description: null, country: 'HN', sector: '15137', period: null, budget: null }, ref: 'A3' },
      ],
    });
    const history = (await stack.as(us).get(`/v1/plans/${created.id}/history`).expect(200)).body as { type: string; data: Record<string, unknown> }[];
    expect(history.find((event) => event.type === 'ActionPlanRevised')?.data).toEqual({ from: 'draft', status: 'draft', changedPaths: ['/activities/A2/title', '/activities/A3'] });
  });

  it('compares with any earlier version through since, and finds nothing in a revision that only reorders', async () => {
    const { body: created } = await stack.as(us).post('/v1/plans').send(twoActivities()).expect(201);
    const content = contentOf(created);
    await stack.as(us).put(`/v1/plans/${created.id}`).send({ ...content, budget: { amount: '1750000', currency: 'USD' } }).expect(200);
    await stack
      .as(us)
      .put(`/v1/plans/${created.id}`)
      .send({ ...content, activities: [...content.activities].reverse(), countries: ['HN'], budget: { amount: '1750000.00', currency: 'USD' } })
      .expect(200);

    expect((await stack.as(reviewer).get(`/v1/plans/${created.id}/versions/3/changes`).expect(200)).body.changes).toEqual([]);
    expect((await stack.as(reviewer).get(`/v1/plans/${created.id}/versions/3/changes?since=1`).expect(200)).body).toMatchObject({
      since: 1,
      changes: [{ path: '/budget/amount', kind: 'changed', before: '1500000.00', after: '1750000.00' }],
    });
  });

  it('refuses a since that is not before the version (400), and answers 404 for a version or a plan the caller cannot see', async () => {
    const { body: created } = await stack.as(us).post('/v1/plans').send(planBody()).expect(201);
    await stack.as(us).put(`/v1/plans/${created.id}`).send({ ...contentOf(created), title: 'Renamed' }).expect(200);
    const get = (path: string, token = us) => stack.as(token).get(`/v1/plans/${created.id}/versions/${path}`);

    expect((await get('2/changes?since=2')).body).toMatchObject({ statusCode: 400, details: [{ field: 'since', message: 'since must be an earlier version than 2' }] });
    expect((await get('2/changes?since=3')).status).toBe(400);
    expect((await get('1/changes')).body.details).toEqual([{ field: 'since', message: 'version 1 is the first: name a later version, or an earlier one as since' }]);
    expect((await get('2/changes?since=0')).body.details).toEqual([{ field: 'since', message: 'since must be a positive whole number' }]);
    expect((await get('2/changes?since=one')).status).toBe(400);
    expect((await get('9/changes')).body).toMatchObject({ statusCode: 404, code: 'ACTION_PLAN.VERSION_NOT_FOUND' });
    expect((await get('2/changes', canada)).body).toMatchObject({ statusCode: 404, code: 'ACTION_PLAN.NOT_FOUND' });
  });

  it('refuses refs that repeat within the plan or are not 1 to 40 visible characters, naming each', async () => {
    const body = planBody({
      activities: [
        { ref: 'X', title: 'One', country: 'HN', sector: '15132' },
        { ref: 'X', title: 'Two', country: 'HN', sector: '15132' },
      ],
    });
    expect((await stack.as(us).post('/v1/plans').send(body)).body.details).toEqual([
      { field: 'activities[1].ref', message: 'activities[1].ref "X" is already the ref of another activity or indicator of the plan' },
    ]);
    const long = planBody({ indicators: [{ ref: 'x'.repeat(41), name: 'Homicides' }] });
    expect((await stack.as(us).post('/v1/plans').send(long)).body.details).toEqual([{ field: 'indicators[0].ref', message: 'ref must be 1 to 40 visible ASCII characters' }]);
  });
});
