import { planBody } from '../support/plan-builder';
import { TestStack } from '../support/test-stack';

type Body = Record<string, unknown>;

/** The valid plan body with one activity changed. */
const withActivity = (changes: Body): Body => {
  const [activity] = planBody().activities as Body[];
  return planBody({ activities: [{ ...activity, ...changes }] });
};

/** The valid plan body without the given top-level field. */
const without = (field: string): Body => {
  const body = planBody();
  delete body[field];
  return body;
};

const PERIOD = { start: '2027-01-01', end: '2028-12-31' };
const MONEY = { amount: '1500000.00', currency: 'USD' };

/**
 * One row per rule of "A plan's content": the body, and the one field the 400 must name. Every other
 * part of the body is valid, so the field named is the only one.
 */
const INVALID: [string, Body, string][] = [
  // Required fields
  ['title missing', without('title'), 'title'],
  ['countries missing', without('countries'), 'countries'],
  ['goals missing', without('goals'), 'goals'],
  ['period missing', without('period'), 'period'],
  ['activities missing', without('activities'), 'activities'],
  ['budget missing', without('budget'), 'budget'],
  ['title empty', planBody({ title: '' }), 'title'],
  ['title null', planBody({ title: null }), 'title'],
  ['period.start missing', planBody({ period: { end: '2028-12-31' } }), 'period.start'],
  ['budget.currency missing', planBody({ budget: { amount: '1500000.00' } }), 'budget.currency'],
  ['activity title missing', withActivity({ title: undefined }), 'activities[0].title'],
  // At least one
  ['countries empty', planBody({ countries: [] }), 'countries'],
  ['goals empty', planBody({ goals: [] }), 'goals'],
  ['activities empty', planBody({ activities: [] }), 'activities'],
  // Unknown codes
  ['a donor country as recipient (MX)', planBody({ countries: ['MX'] }), 'countries'],
  ['an unknown country (US) after a known one', planBody({ countries: ['HN', 'US'] }), 'countries'],
  ['a lower-case country', planBody({ countries: ['hn'] }), 'countries'],
  ['an unknown goal', planBody({ goals: ['WORLD_PEACE'] }), 'goals'],
  ['an unknown program area', planBody({ programAreas: ['NUCLEAR_SAFETY'] }), 'programAreas'],
  ['an unknown ESCA component', planBody({ escaComponents: ['SPACE_PROGRAM'] }), 'escaComponents'],
  ['an unknown DAC sector', withActivity({ sector: '99999' }), 'activities[0].sector'],
  ['an unknown activity country', withActivity({ country: 'MX' }), 'activities[0].country'],
  ['an unknown participant role', planBody({ participants: [{ partnerCode: 'GOV-HN', role: 'SPONSORING' }] }), 'participants[0].role'],
  ['an unknown participant partner', planBody({ participants: [{ partnerCode: 'GOV-HN', role: 'FUNDING' }, { partnerCode: 'ACME', role: 'FUNDING' }] }), 'participants[1].partnerCode'],
  ['an unknown currency', planBody({ budget: { amount: '1500000.00', currency: 'XYZ' } }), 'budget.currency'],
  ['an unknown activity currency', withActivity({ budget: { amount: '1500000.00', currency: 'BTC' } }), 'activities[0].budget.currency'],
  // Periods
  ['a plan period that ends before it starts', planBody({ period: { start: '2028-12-31', end: '2027-01-01' } }), 'period.end'],
  ['an activity period that ends before it starts', withActivity({ period: { start: '2028-06-30', end: '2027-01-01' } }), 'activities[0].period.end'],
  ['a start on 30 February', planBody({ period: { start: '2027-02-30', end: '2028-12-31' } }), 'period.start'],
  ['an end on 29 February of a common year', planBody({ period: { start: '2027-01-01', end: '2027-02-29' } }), 'period.end'],
  ['an activity end in month 13', withActivity({ period: { start: '2027-01-01', end: '2027-13-01' } }), 'activities[0].period.end'],
  ['a date with a time', planBody({ period: { start: '2027-01-01T00:00:00Z', end: '2028-12-31' } }), 'period.start'],
  ['a date written d/m/y', planBody({ period: { start: '01/01/2027', end: '2028-12-31' } }), 'period.start'],
  ['an indicator target date on 31 April', planBody({ indicators: [{ name: 'Homicides', targetDate: '2028-04-31' }] }), 'indicators[0].targetDate'],
  // Amounts
  ...(['1.234', '-5', '0', '0.00', '1e6', '', ' 100', '1,500', 'NaN', 'Infinity', '-0.01', '+5'] as const).map(
    (amount): [string, Body, string] => [`budget amount ${JSON.stringify(amount)}`, planBody({ budget: { amount, currency: 'USD' } }), 'budget.amount'],
  ),
  ['budget amount as a number', planBody({ budget: { amount: 1500, currency: 'USD' } }), 'budget.amount'],
  ['budget amount null', planBody({ budget: { amount: null, currency: 'USD' } }), 'budget.amount'],
  ...(['1.234', '-5', '0', '0.00', '1e6', ''] as const).map((amount): [string, Body, string] => [
    `activity amount ${JSON.stringify(amount)}`,
    withActivity({ budget: { amount, currency: 'USD' } }),
    'activities[0].budget.amount',
  ]),
  ['activity amount as a number', withActivity({ budget: { amount: 1500, currency: 'USD' } }), 'activities[0].budget.amount'],
  // Lengths
  ['a title of 301 characters', planBody({ title: 't'.repeat(301) }), 'title'],
  ['a summary of 10001 characters', planBody({ summary: 's'.repeat(10001) }), 'summary'],
  ['an activity description of 5001 characters', withActivity({ description: 'd'.repeat(5001) }), 'activities[0].description'],
  ['an activity title of 301 characters', withActivity({ title: 't'.repeat(301) }), 'activities[0].title'],
  // Unknown fields and fields the service owns
  ['an unknown top-level field', planBody({ foo: 'bar' }), 'foo'],
  ['an unknown activity field', withActivity({ foo: 'bar' }), 'activities[0].foo'],
  ['an unknown field in the period', planBody({ period: { ...PERIOD, timezone: 'UTC' } }), 'period.timezone'],
  ['an unknown field in the budget', planBody({ budget: { ...MONEY, usd: '1500000.00' } }), 'budget.usd'],
  ['an unknown field in a participant', planBody({ participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING', share: 1 }] }), 'participants[0].share'],
  ['a client-sent status', planBody({ status: 'approved' }), 'status'],
  ['a client-sent version', planBody({ version: 7 }), 'version'],
  ['a client-sent lead partner', planBody({ leadPartner: 'CA' }), 'leadPartner'],
  ['a client-sent id', planBody({ id: '01a212e4-93d9-7d85-8592-2e40660a4f8b' }), 'id'],
  ['a client-sent recommendation', planBody({ recommendation: 'approve' }), 'recommendation'],
  // Links
  ['supersedes that is not UUIDs', planBody({ supersedes: ['plan-42'] }), 'supersedes'],
  ['coFunds that is not UUIDs', planBody({ coFunds: ['01a212e4-93d9-7d85-8592-2e40660a4f8b', 'nope'] }), 'coFunds'],
  ['supersedes as a string', planBody({ supersedes: '01a212e4-93d9-7d85-8592-2e40660a4f8b' }), 'supersedes'],
  // Duplicates
  ['duplicate countries', planBody({ countries: ['HN', 'HN'] }), 'countries'],
  ['duplicate goals', planBody({ goals: ['SAFE_STREETS', 'SAFE_STREETS'] }), 'goals'],
  // Wrong types
  ['countries as a string', planBody({ countries: 'HN' }), 'countries'],
  ['a country as a number', planBody({ countries: [504] }), 'countries'],
  ['period as a string', planBody({ period: '2027-01-01/2028-12-31' }), 'period'],
  ['budget as an array', planBody({ budget: ['1500000.00', 'USD'] }), 'budget'],
  ['budget as an array holding a valid amount', planBody({ budget: [MONEY] }), 'budget'],
  ['period as an array holding a valid period', planBody({ period: [PERIOD] }), 'period'],
  ['an activity budget as an array holding a valid amount', withActivity({ budget: [MONEY] }), 'activities[0].budget'],
  ['an activity period as an array holding a valid period', withActivity({ period: [PERIOD] }), 'activities[0].period'],
  ['a participant that is an array holding a valid participant', planBody({ participants: [[{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }]] }), 'participants'],
  ['an activity that is an array holding a valid activity', planBody({ activities: [planBody().activities] }), 'activities'],
  ['an indicator that is an array holding a valid indicator', planBody({ indicators: [planBody().indicators] }), 'indicators'],
  ['an activity that is null', planBody({ activities: [null] }), 'activities'],
  ['an activity that is a string', planBody({ activities: ['Model precincts'] }), 'activities'],
];

/** Bodies that must be refused with a 400 however they are wrong; which field is named is not the point. */
const MALFORMED: [string, unknown][] = [
  ['an empty object', {}],
  ['a title that is an object', planBody({ title: { en: 'Policing' } })],
  ['deeply nested junk', planBody({ period: { start: { start: { start: '2027-01-01' } }, end: [] } })],
  ['participants that are numbers', planBody({ participants: [1, 2] })],
  ['indicators that are null items', planBody({ indicators: [null] })],
  ['a huge number for an amount', planBody({ budget: { amount: 1e308, currency: 'USD' } })],
  ['a budget with a currency object', planBody({ budget: { amount: '10', currency: { code: 'USD' } } })],
  ['activities as an object', planBody({ activities: { 0: { title: 'Model precincts' } } })],
  ['201 activities', planBody({ activities: Array.from({ length: 201 }, () => (planBody().activities as Body[])[0]) })],
  ['8 countries', planBody({ countries: ['BZ', 'CR', 'SV', 'GT', 'HN', 'NI', 'PA', 'HN'] })],
];

describe('plan content validation over HTTP', () => {
  let stack: TestStack;
  let us: string;
  let draftId: string;

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    us = await stack.key('partner', 'US');
    const created = await stack.as(us).post('/v1/plans').send(planBody());
    expect(created.status).toBe(201);
    draftId = created.body.id;
  });

  afterAll(() => stack.stop());

  const planCount = async () => Number((await stack.query<{ n: number }>('select count(*)::int as n from action_plan'))[0].n);
  const versionCount = async () => Number((await stack.query<{ n: number }>('select count(*)::int as n from action_plan_version'))[0].n);
  const draftState = async () => (await stack.query('select status, current_version from action_plan where id = ?', [draftId]))[0];

  const expectInvalid = (response: { status: number; body: Record<string, unknown> }, field: string) => {
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.any(String),
      code: 'REQUEST.INVALID',
      details: expect.arrayContaining([{ field, message: expect.any(String) }]),
    });
    const details = response.body.details as { field: string; message: string }[];
    // The only field named is the one that is wrong.
    expect([...new Set(details.map((detail) => detail.field))]).toEqual([field]);
    for (const detail of details) expect(detail.message.length).toBeGreaterThan(0);
  };

  describe('POST /v1/plans', () => {
    it.each(INVALID)('refuses %s with a 400 naming the field, and stores nothing', async (_, body, field) => {
      const before = await planCount();
      const response = await stack.as(us).post('/v1/plans').send(body);
      expectInvalid(response, field);
      expect(await planCount()).toBe(before);
    });

    it.each(MALFORMED)('refuses %s with a 400, never a 5xx', async (_, body) => {
      const before = await planCount();
      const response = await stack.as(us).post('/v1/plans').send(body as object);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'REQUEST.INVALID', details: expect.any(Array) });
      expect(response.body.details.length).toBeGreaterThan(0);
      expect(await planCount()).toBe(before);
    });

    it('reports every bad field of one body at once', async () => {
      const body = planBody({ title: '', countries: ['MX'], budget: { amount: '-1', currency: 'XYZ' }, foo: 1 });
      const response = await stack.as(us).post('/v1/plans').send(body);
      expect(response.status).toBe(400);
      const fields = new Set((response.body.details as { field: string }[]).map((detail) => detail.field));
      expect(fields).toEqual(new Set(['title', 'countries', 'budget.amount', 'budget.currency', 'foo']));
    });

    it('names an unknown code and an unknown field in its message', async () => {
      const unknownCode = await stack.as(us).post('/v1/plans').send(planBody({ goals: ['SAFE_STREETS', 'WORLD_PEACE'] }));
      expect(unknownCode.body.details).toEqual([{ field: 'goals', message: expect.stringContaining('WORLD_PEACE') }]);
      const unknownField = await stack.as(us).post('/v1/plans').send(withActivity({ foo: 'bar' }));
      expect(unknownField.body.details).toEqual([{ field: 'activities[0].foo', message: 'foo is not a known field' }]);
      const period = await stack.as(us).post('/v1/plans').send(planBody({ period: { start: '2028-12-31', end: '2027-01-01' } }));
      expect(period.body.details).toEqual([{ field: 'period.end', message: 'the period ends before it starts' }]);
    });

    it.each([
      ['a JSON array', '[]'],
      ['a JSON array of a plan', JSON.stringify([planBody()])],
      ['JSON null', 'null'],
      ['a JSON string', '"plan"'],
      ['a JSON number', '42'],
    ])('refuses a body that is %s with a 400 naming the body', async (_, raw) => {
      const before = await planCount();
      const response = await stack.as(us).post('/v1/plans').set('Content-Type', 'application/json').send(raw);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: expect.any(String),
        code: 'REQUEST.INVALID',
        details: [{ field: 'body', message: expect.any(String) }],
      });
      expect(await planCount()).toBe(before);
    });

    it.each([
      ['not JSON at all', 'this is not json'],
      ['truncated JSON', JSON.stringify(planBody()).slice(0, 100)],
      ['JSON with a trailing comma', '{"title": "x",}'],
      ['an empty body', ''],
    ])('refuses a body that is %s with a 400 in the error shape', async (_, raw) => {
      const before = await planCount();
      const response = await stack.as(us).post('/v1/plans').set('Content-Type', 'application/json').send(raw);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
      expect(await planCount()).toBe(before);
    });

    it('refuses a JSON body that sets __proto__ with a 400', async () => {
      const before = await planCount();
      const raw = JSON.stringify(planBody()).replace(/^\{/, '{"__proto__": {"status": "approved"},');
      const response = await stack.as(us).post('/v1/plans').set('Content-Type', 'application/json').send(raw);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
      expect(await planCount()).toBe(before);
    });

    it('refuses a body over 1 MB with a 413 in the error shape', async () => {
      const before = await planCount();
      const response = await stack.as(us).post('/v1/plans').send(planBody({ summary: 'x'.repeat(1024 * 1024 + 1) }));
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large', message: expect.any(String) });
      expect(await planCount()).toBe(before);
    });

    it('accepts what is for the completeness check to report: budgets that do not add up, an activity country outside the plan', async () => {
      const before = await planCount();
      const [activity] = planBody().activities as Body[];
      const body = planBody({
        countries: ['HN'],
        budget: { amount: '100.00', currency: 'USD' },
        activities: [
          { ...activity, country: 'GT', budget: { amount: '999999.99', currency: 'USD' } },
          { ...activity, title: 'Outside the plan period', country: 'PA', period: { start: '2030-01-01', end: '2031-01-01' }, budget: { amount: '5', currency: 'EUR' } },
        ],
      });
      const response = await stack.as(us).post('/v1/plans').send(body);
      expect(response.status).toBe(201);
      expect(response.body.activities.map((a: Body) => [a.country, a.budget])).toEqual([
        ['GT', { amount: '999999.99', currency: 'USD' }],
        ['PA', { amount: '5.00', currency: 'EUR' }],
      ]);
      expect(await planCount()).toBe(before + 1);
    });

    it.each([
      ['a period of one day', planBody({ period: { start: '2027-01-01', end: '2027-01-01' } })],
      ['29 February of a leap year', planBody({ period: { start: '2028-02-29', end: '2028-12-31' } })],
      ['a title of exactly 300 characters', planBody({ title: 't'.repeat(300) })],
      ['a summary of exactly 10000 characters', planBody({ summary: 's'.repeat(10000) })],
      ['an activity description of exactly 5000 characters', withActivity({ description: 'd'.repeat(5000) })],
      ['an amount of one cent', planBody({ budget: { amount: '0.01', currency: 'CAD' } })],
      ['an amount with one place', planBody({ budget: { amount: '12.5', currency: 'EUR' } })],
      ['explicit nulls for optional parts', planBody({ summary: null, programAreas: null, escaComponents: null, participants: null, indicators: null, supersedes: null, coFunds: null })],
      ['UUID links', planBody({ supersedes: ['01a212e4-93d9-7d85-8592-2e40660a4f8b'], coFunds: ['01a212e4-93d9-7d85-8592-2e40660a4f8c'] })],
      ['every recipient country', planBody({ countries: ['BZ', 'CR', 'SV', 'GT', 'HN', 'NI', 'PA'] })],
    ])('accepts the edge of a rule: %s', async (_, body) => {
      const response = await stack.as(us).post('/v1/plans').send(body);
      expect(response.status).toBe(201);
      expect(response.body.status).toBe('draft');
    });
  });

  describe('PUT /v1/plans/{id}', () => {
    it.each(INVALID)('refuses %s with a 400 naming the field, and changes nothing', async (_, body, field) => {
      const [versions, state] = [await versionCount(), await draftState()];
      const response = await stack.as(us).put(`/v1/plans/${draftId}`).send(body);
      expectInvalid(response, field);
      expect(await versionCount()).toBe(versions);
      expect(await draftState()).toEqual(state);
    });

    it.each(MALFORMED)('refuses %s with a 400, never a 5xx', async (_, body) => {
      const state = await draftState();
      const response = await stack.as(us).put(`/v1/plans/${draftId}`).send(body as object);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'REQUEST.INVALID' });
      expect(await draftState()).toEqual(state);
    });

    it.each([
      ['a JSON array', '[]'],
      ['JSON null', 'null'],
      ['not JSON at all', 'this is not json'],
    ])('refuses a body that is %s with a 400', async (_, raw) => {
      const state = await draftState();
      const response = await stack.as(us).put(`/v1/plans/${draftId}`).set('Content-Type', 'application/json').send(raw);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
      expect(await draftState()).toEqual(state);
    });

    it('refuses a body over 1 MB with a 413', async () => {
      const state = await draftState();
      const response = await stack.as(us).put(`/v1/plans/${draftId}`).send(planBody({ summary: 'x'.repeat(1024 * 1024 + 1) }));
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large', message: expect.any(String) });
      expect(await draftState()).toEqual(state);
    });

    it('validates the body of a plan the caller cannot see before looking for it, without revealing it', async () => {
      const canada = await stack.key('partner', 'CA');
      const state = await draftState();
      const response = await stack.as(canada).put(`/v1/plans/${draftId}`).send(planBody({ title: '' }));
      expect([400, 404]).toContain(response.status);
      expect(await draftState()).toEqual(state);
    });

    it('accepts cross-field inconsistency as a new version', async () => {
      const { current_version: version } = await draftState();
      const [activity] = planBody().activities as Body[];
      const body = planBody({ budget: { amount: '1.00', currency: 'USD' }, activities: [{ ...activity, country: 'NI' }] });
      const response = await stack.as(us).put(`/v1/plans/${draftId}`).send(body);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ version: Number(version) + 1, status: 'draft', budget: { amount: '1.00', currency: 'USD' } });
      expect(await draftState()).toEqual({ status: 'draft', current_version: Number(version) + 1 });
    });
  });
});
