import { planBody } from '../support/plan-builder';
import { TestStack } from '../support/test-stack';

/**
 * What the fuzzer (api-fuzz.e2e-spec.ts) found, pinned as plain examples so that each stays fixed
 * whatever a random run happens to try.
 */
describe('fuzzer findings', () => {
  let stack: TestStack;
  let partner: string;
  let admin: string;

  beforeAll(async () => {
    stack = await TestStack.start();
    [partner, admin] = await Promise.all([stack.key('partner', 'US'), stack.key('admin')]);
  });

  afterAll(() => stack.stop());

  const rows = async () =>
    (
      await stack.query<Record<string, number>>(
        `select (select count(*)::int from action_plan) as plans, (select count(*)::int from action_plan_event) as events,
                (select count(*)::int from partner) as partners, (select count(*)::int from api_key) as keys, (select count(*)::int from webhook) as webhooks`,
      )
    )[0];

  describe('text that cannot be stored or published as XML (NUL, other control characters, an unpaired surrogate)', () => {
    const UNSTORABLE = [
      ['a NUL', 'a\u0000b'],
      ['a lone high surrogate', 'x\uD800'],
      ['a lone low surrogate', '\uDC00x'],
      ['a reversed pair', '\uDE00\uD83D'],
      ['a control character', 'Fish\u0001 & chips'],
      ['a vertical tab', 'a\u000Bb'],
      ['the noncharacter U+FFFF', 'a\uFFFFb'],
    ];
    let draft: string;
    beforeAll(async () => {
      draft = (await stack.as(partner).post('/v1/plans').send(planBody())).body.id as string;
    });
    const [activity] = planBody().activities as Record<string, unknown>[];

    const CASES: [string, string, (text: string) => PromiseLike<{ status: number; body: Record<string, unknown> }>][] = [
      ['POST /v1/plans', 'title', (text) => stack.as(partner).post('/v1/plans').send(planBody({ title: text }))],
      ['POST /v1/plans', 'summary', (text) => stack.as(partner).post('/v1/plans').send(planBody({ summary: text }))],
      ['POST /v1/plans', 'activities[0].description', (text) => stack.as(partner).post('/v1/plans').send(planBody({ activities: [{ ...activity, description: text }] }))],
      ['POST /v1/plans', 'indicators[0].name', (text) => stack.as(partner).post('/v1/plans').send(planBody({ indicators: [{ name: text }] }))],
      ['PUT /v1/plans/{id}', 'title', (text) => stack.as(partner).put(`/v1/plans/${draft}`).send(planBody({ title: text }))],
      ['POST /v1/plans/{id}/withdraw', 'reason', (text) => stack.as(partner).post(`/v1/plans/${draft}/withdraw`).send({ reason: text })],
      ['POST /v1/webhooks', 'description', (text) => stack.as(partner).post('/v1/webhooks').send({ url: 'https://hooks.example.org/a', description: text })],
      ['POST /v1/webhooks', 'url', (text) => stack.as(partner).post('/v1/webhooks').send({ url: `https://hooks.example.org/${text}` })],
      ['POST /v1/admin/partners', 'name', (text) => stack.as(admin).post('/v1/admin/partners').send({ code: 'FZ', name: text, kind: 'DONOR_GOVERNMENT' })],
      ['POST /v1/admin/api-keys', 'label', (text) => stack.as(admin).post('/v1/admin/api-keys').send({ role: 'partner', partnerCode: 'US', label: text })],
    ];

    it.each(CASES)('%s with it in %s is a 400 naming the field, and stores nothing', async (_, field, send) => {
      for (const [what, text] of UNSTORABLE) {
        const before = await rows();
        const response = await send(text);
        expect({ what, status: response.status, body: response.body }).toEqual({
          what,
          status: 400,
          body: { statusCode: 400, error: 'Bad Request', message: expect.any(String), code: 'REQUEST.INVALID', details: expect.arrayContaining([{ field, message: expect.any(String) }]) },
        });
        expect(await rows()).toEqual(before);
      }
    });

    it('a well-formed surrogate pair (an emoji, a flag) is text like any other', async () => {
      const response = await stack.as(partner).post('/v1/plans').send(planBody({ title: 'Prevención 🇭🇳 𝕬' }));
      expect(response.status).toBe(201);
      expect(response.body.title).toBe('Prevención 🇭🇳 𝕬');
    });

    it('tabs and line breaks are text like any other', async () => {
      const summary = 'Two lines,\r\nthe second\twith a tab.\n';
      const response = await stack.as(partner).post('/v1/plans').send(planBody({ summary }));
      expect(response.status).toBe(201);
      expect(response.body.summary).toBe(summary);
    });
  });

  describe('IATI activities with text PostgreSQL cannot store', () => {
    const xml = (title: string, identifier = 'US-GOV-1-FUZZ-1', countries = '<recipient-country code="HN" percentage="100"/>') =>
      `<?xml version="1.0" encoding="UTF-8"?><iati-activities version="2.03"><iati-activity default-currency="USD"><iati-identifier>${identifier}</iati-identifier>` +
      `<reporting-org ref="US-GOV-1" type="10"><narrative>United States</narrative></reporting-org><title><narrative>${title}</narrative></title>` +
      `<activity-date type="1" iso-date="2027-01-01"/><activity-date type="3" iso-date="2027-12-31"/>${countries}` +
      '<sector vocabulary="1" code="15132" percentage="100"/><budget type="1" status="1"><period-start iso-date="2027-01-01"/><period-end iso-date="2027-12-31"/>' +
      '<value currency="USD" value-date="2027-01-01">1000.00</value></budget></iati-activity></iati-activities>';

    it.each([
      ['a NUL in a narrative', xml('Community\u0000policing')],
      ['a character reference to a lone surrogate in a narrative', xml('Community&#xD800;policing')],
      ['a NUL in the identifier', xml('Community policing', 'US-GOV-1-\u0000')],
      ['an identifier of 12,000 characters', xml('Community policing', `US-GOV-1-${'f'.repeat(12000)}`)],
      [
        'a recipient-country percentage too large for a number',
        xml('Community policing', 'US-GOV-1-FUZZ-2', `<recipient-country code="GT" percentage="1${'0'.repeat(400)}"/><recipient-country code="HN" percentage="50"/>`),
      ],
    ])('%s is refused or left out, never a 5xx', async (_, body) => {
      const response = await stack.http.post('/v1/plans/import/iati').set('Authorization', `Bearer ${partner}`).set('Content-Type', 'application/xml').send(body);
      expect(response.status).toBeLessThan(500);
      if (response.status === 200) expect(JSON.stringify(response.body)).not.toMatch(/\\u0000|\\ud800/i);
    });
  });

  describe('paths the router refuses before any route runs', () => {
    it.each([
      ['a path parameter over 100 characters', `/v1/plans/${'a'.repeat(5000)}`, 'a path parameter is longer than 100 characters'],
      ['a path that is not valid percent-encoding', '/v1/plans/%E0%A4%A', 'the path is not valid percent-encoding'],
    ])('%s is a 400 in the error shape, without the path echoed', async (_, path, message) => {
      const response = await stack.as(partner).get(path);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message, code: 'REQUEST.INVALID', details: [{ field: 'path', message }] });
    });
  });

  describe('POSTs whose body is optional', () => {
    it('withdraw and an endorsement without a comment need no body at all', async () => {
      const government = await stack.key('partner', 'GOV-HN');
      const id = (await stack.as(partner).post('/v1/plans').send(planBody({ countries: ['HN'], participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }] }))).body.id as string;
      const endorsed = await stack.as(government).post(`/v1/plans/${id}/endorsements`);
      expect(endorsed.status).toBe(201);
      expect(endorsed.body).toMatchObject({ planId: id, partnerCode: 'GOV-HN', comment: null });
      const withdrawn = await stack.as(partner).post(`/v1/plans/${id}/withdraw`);
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.status).toBe('withdrawn');
      expect((await stack.query('select status from action_plan where id = ?', [id]))[0]).toEqual({ status: 'withdrawn' });
    });
  });

  describe('concurrent changes to one plan', () => {
    it('a revision, submit or withdraw without If-Match applies to the plan as it is, not refused because an endorsement changed it meanwhile', async () => {
      const honduras = await stack.key('partner', 'GOV-HN');
      const changes = [
        { send: (id: string) => stack.as(partner).post(`/v1/plans/${id}/submit`), status: 202 },
        { send: (id: string) => stack.as(partner).put(`/v1/plans/${id}`).send(planBody({ title: 'Revised while endorsed' })), status: 200 },
        { send: (id: string) => stack.as(partner).post(`/v1/plans/${id}/withdraw`), status: 200 },
      ];
      for (let round = 0; round < 9; round += 1) {
        const id = (await stack.as(partner).post('/v1/plans').send(planBody()).expect(201)).body.id as string;
        const { send, status } = changes[round % changes.length];
        const [changed] = await Promise.all([send(id), stack.as(honduras).post(`/v1/plans/${id}/endorsements`)]);
        expect({ round, changed: changed.status }).toEqual({ round, changed: status });
      }
    });

    it('one wins and the others are 409 ACTION_PLAN.CONCURRENT_CHANGE or a state conflict, never a 5xx', async () => {
      const outcomes: { status: number; code?: string }[] = [];
      for (let round = 0; round < 5; round++) {
        const id = (await stack.as(partner).post('/v1/plans').send(planBody())).body.id as string;
        const responses = await Promise.all([
          stack.as(partner).post(`/v1/plans/${id}/submit`),
          stack.as(partner).post(`/v1/plans/${id}/submit`),
          stack.as(partner).put(`/v1/plans/${id}`).send(planBody({ title: 'Revised' })),
          stack.as(partner).post(`/v1/plans/${id}/withdraw`).send({ reason: 'merged' }),
        ]);
        outcomes.push(...responses.map((response) => ({ status: response.status, code: response.body?.code as string | undefined })));
        expect(responses.some((response) => response.status < 300)).toBe(true);
      }
      expect(outcomes.filter((outcome) => outcome.status >= 500)).toEqual([]);
      for (const outcome of outcomes.filter((o) => o.status >= 400)) expect(outcome).toEqual({ status: 409, code: expect.stringMatching(/^ACTION_PLAN\./) });
    });
  });
});
