import { planBody } from '../support/plan-builder';
import { ADMIN_TOKEN, TestStack } from '../support/test-stack';

type Body = Record<string, unknown>;
type Filters = Partial<Record<'status' | 'country' | 'goal' | 'partner', string>>;

/** What the test knows of a plan it made: enough to say who sees it and which filters keep it. */
interface Made {
  name: string;
  id: string;
  lead: string;
  partners: string[];
  countries: string[];
  goals: string[];
  status: string;
}

interface Actor {
  role: 'partner' | 'reviewer' | 'admin';
  partnerCode: string | null;
}

const ACTORS: Record<string, Actor> = {
  us: { role: 'partner', partnerCode: 'US' },
  canada: { role: 'partner', partnerCode: 'CA' },
  honduras: { role: 'partner', partnerCode: 'GOV-HN' },
  guatemala: { role: 'partner', partnerCode: 'GOV-GT' },
  colombia: { role: 'partner', partnerCode: 'CO' },
  spain: { role: 'partner', partnerCode: 'ES' },
  reviewer: { role: 'reviewer', partnerCode: 'OAS' },
  admin: { role: 'admin', partnerCode: null },
};

/** Partners the idempotency tests make plans for, one each, so they can count their rows. */
const IDEMPOTENCY_PARTNERS = { chile: 'CL', eu: 'EU', idb: 'IDB', wb: 'WB', un: 'UN' };

const FILTERS: Filters[] = [
  {},
  { status: 'draft' },
  { status: 'submitted' },
  { status: 'approved' },
  { status: 'rejected' },
  { status: 'in_review' },
  { country: 'HN' },
  { country: 'GT' },
  { country: 'NI' },
  { goal: 'SAFE_STREETS' },
  { goal: 'DISRUPT_TRAFFICKING' },
  { partner: 'US' },
  { partner: 'CA' },
  { partner: 'GOV-HN' },
  { country: 'HN', goal: 'SAFE_STREETS' },
  { status: 'draft', partner: 'CA' },
  { status: 'approved', country: 'PA', goal: 'REGIONAL_COOPERATION', partner: 'CA' },
];

const visibleTo = (plan: Made, actor: Actor) => actor.role !== 'partner' || plan.status === 'approved' || plan.partners.includes(actor.partnerCode!);

const keeps = (plan: Made, filters: Filters) =>
  (!filters.status || plan.status === filters.status) &&
  (!filters.country || plan.countries.includes(filters.country)) &&
  (!filters.goal || plan.goals.includes(filters.goal)) &&
  (!filters.partner || plan.partners.includes(filters.partner));

const queryString = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();

/** The same object with its keys, at every depth, in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .reverse()
        .map((key) => [key, reverseKeys((value as Body)[key])]),
    );
  }
  return value;
}

describe('listing plans and idempotent creation over HTTP', () => {
  let stack: TestStack;
  const tokens: Record<string, string> = {};
  const made: Made[] = [];

  beforeAll(async () => {
    stack = await TestStack.start({ worker: false });
    const keys = [
      ...Object.entries(ACTORS).map(([name, actor]) => [name, actor.role, actor.partnerCode] as const),
      ...Object.entries(IDEMPOTENCY_PARTNERS).map(([name, code]) => [name, 'partner' as const, code] as const),
    ];
    await Promise.all(
      keys.map(async ([name, role, partnerCode]) => {
        tokens[name] = role === 'admin' ? ADMIN_TOKEN : await stack.key(role, partnerCode ?? undefined);
      }),
    );
  });

  afterAll(() => stack.stop());

  const activity = (country: string, sector: string) => ({
    title: `Work in ${country}`,
    country,
    sector,
    period: { start: '2027-01-01', end: '2027-12-31' },
    budget: { amount: '250000.00', currency: 'USD' },
  });

  /** Creates a plan (one after another, so ids follow creation) and brings it to `status`. */
  const make = async (name: string, leader: string, content: { countries: string[]; goals: string[]; participants?: { partnerCode: string; role: string }[]; sector?: string }, status = 'draft') => {
    const participants = content.participants ?? [];
    const body = planBody({
      title: name,
      countries: content.countries,
      goals: content.goals,
      programAreas: [],
      escaComponents: [],
      participants,
      activities: [activity(content.countries[0], content.sector ?? '15132')],
      budget: { amount: '250000.00', currency: 'USD' },
    });
    const response = await stack.as(tokens[leader]).post('/v1/plans').send(body);
    expect(response.status).toBe(201);
    const id = response.body.id as string;
    if (status === 'submitted') {
      expect((await stack.as(tokens[leader]).post(`/v1/plans/${id}/submit`)).status).toBe(202);
    } else if (status !== 'draft') {
      await stack.query('update action_plan set status = ? where id = ?', [status, id]);
    }
    const lead = ACTORS[leader].partnerCode!;
    made.push({ name, id, lead, partners: [...new Set([lead, ...participants.map((p) => p.partnerCode)])], countries: content.countries, goals: content.goals, status });
  };

  /** Follows `nextCursor` from the first page to the last; returns every id in the order served. */
  const walk = async (token: string, filters: Filters, limit = 2) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; ; page++) {
      if (page > 100) throw new Error('paging does not end');
      const params: Record<string, string | number> = { ...filters, limit, ...(cursor ? { cursor } : {}) };
      const response = await stack.as(token).get(`/v1/plans?${queryString(params)}`);
      expect(response.status).toBe(200);
      const items = response.body.items as { id: string }[];
      expect(items.length).toBeLessThanOrEqual(limit);
      ids.push(...items.map((item) => item.id));
      cursor = response.body.nextCursor;
      if (cursor === null) return ids;
      expect(typeof cursor).toBe('string');
      // A page that promises more is full.
      expect(items).toHaveLength(limit);
    }
  };

  const expectedIds = (actor: Actor, filters: Filters) =>
    made
      .filter((plan) => visibleTo(plan, actor) && keeps(plan, filters))
      .map((plan) => plan.id)
      .reverse();

  const idOf = (name: string) => made.find((plan) => plan.name === name)!.id;

  describe('GET /v1/plans', () => {
    beforeAll(async () => {
      await make('US Honduras draft', 'us', { countries: ['HN'], goals: ['SAFE_STREETS'], participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }] });
      await make('US Guatemala submitted', 'us', { countries: ['GT'], goals: ['DISRUPT_TRAFFICKING'], participants: [{ partnerCode: 'GOV-GT', role: 'IMPLEMENTING' }], sector: '16063' }, 'submitted');
      await make('CA regional draft', 'canada', { countries: ['HN', 'GT'], goals: ['ACCOUNTABLE_GOVERNMENT'], sector: '15130' });
      await make('CA Panama approved', 'canada', { countries: ['PA'], goals: ['REGIONAL_COOPERATION'] }, 'approved');
      await make('CA El Salvador draft funded by US', 'canada', { countries: ['SV'], goals: ['SAFE_STREETS'], participants: [{ partnerCode: 'US', role: 'FUNDING' }] });
      await make('GOV-HN submitted', 'honduras', { countries: ['HN'], goals: ['STATE_PRESENCE'] }, 'submitted');
      await make('CA Honduras rejected', 'canada', { countries: ['HN'], goals: ['SAFE_STREETS'] }, 'rejected');
      await make('CA Costa Rica in review', 'canada', { countries: ['CR'], goals: ['SAFE_STREETS'] }, 'in_review');
      await make('CA Nicaragua approved, Honduras implementing', 'canada', { countries: ['NI'], goals: ['SAFE_STREETS'], participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }] }, 'approved');
      for (let i = 0; i < 13; i++) await make(`CO Belize draft ${i}`, 'colombia', { countries: ['BZ'], goals: ['STATE_PRESENCE'] });
    });

    it('made the plans it expects (22), in the states it expects', async () => {
      expect(made).toHaveLength(22);
      const rows = await stack.query<{ id: string; status: string }>('select id, status from action_plan');
      expect(new Map(rows.map((row) => [row.id, row.status]))).toEqual(new Map(made.map((plan) => [plan.id, plan.status])));
    });

    it('serves the newest first, each item the plan as GET /v1/plans/{id} returns it but for its review round', async () => {
      const response = await stack.admin.get('/v1/plans?limit=100');
      expect(response.status).toBe(200);
      expect(response.body.items.map((item: Made) => item.id)).toEqual(made.map((plan) => plan.id).reverse());
      const times = response.body.items.map((item: { createdAt: string }) => item.createdAt);
      expect([...times].sort().reverse()).toEqual(times);
      const one = response.body.items.find((item: Made) => item.id === idOf('CA El Salvador draft funded by US'));
      const { round: _round, citedThreads: _citedThreads, ...asRead } = (await stack.as(tokens.canada).get(`/v1/plans/${one.id}`)).body;
      expect(one).toEqual(asRead);
      expect(one).toMatchObject({ status: 'draft', leadPartner: 'CA', countries: ['SV'], participants: [{ partnerCode: 'US', role: 'FUNDING' }] });
    });

    describe.each(Object.keys(ACTORS))('as %s', (actorName) => {
      it.each(FILTERS)('with filters %j, cursor paging (limit 2) walks every visible plan exactly once, newest first', async (filters) => {
        const ids = await walk(tokens[actorName], filters);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toEqual(expectedIds(ACTORS[actorName], filters));
      });
    });

    it('partner A never sees partner B’s plans that are not approved, in any page or filter, but sees B’s approved ones', async () => {
      const hidden = ['CA regional draft', 'GOV-HN submitted', 'CA Honduras rejected', 'CA Costa Rica in review'].map(idOf);
      const seen = new Set<string>();
      for (const filters of FILTERS) for (const id of await walk(tokens.us, filters, 3)) seen.add(id);
      for (const id of hidden) expect(seen.has(id)).toBe(false);
      expect(seen.has(idOf('CA Panama approved'))).toBe(true);
      expect(seen.has(idOf('CA Nicaragua approved, Honduras implementing'))).toBe(true);
      // And none of Colombia's drafts, however the list is asked for.
      expect(made.filter((plan) => plan.lead === 'CO').some((plan) => seen.has(plan.id))).toBe(false);
    });

    it('a participant sees the plans it takes part in, whatever their state', async () => {
      const asUs = await walk(tokens.us, {});
      expect(asUs).toContain(idOf('CA El Salvador draft funded by US'));
      const asHonduras = await walk(tokens.honduras, { partner: 'GOV-HN' });
      expect(asHonduras).toEqual(['CA Nicaragua approved, Honduras implementing', 'GOV-HN submitted', 'US Honduras draft'].map(idOf));
      const asGuatemala = await walk(tokens.guatemala, {});
      expect(asGuatemala).toEqual(['CA Nicaragua approved, Honduras implementing', 'CA Panama approved', 'US Guatemala submitted'].map(idOf));
    });

    it('reviewers and admins see every plan', async () => {
      const all = made.map((plan) => plan.id).reverse();
      expect(await walk(tokens.reviewer, {}, 5)).toEqual(all);
      expect(await walk(tokens.admin, {}, 7)).toEqual(all);
    });

    it('pages 20 plans by default; limit 100 is allowed; a limit equal to the count ends with a null cursor', async () => {
      const first = await stack.admin.get('/v1/plans');
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(20);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const rest = await stack.admin.get(`/v1/plans?cursor=${first.body.nextCursor}`);
      expect(rest.body.items.map((item: Made) => item.id)).toEqual([made[1].id, made[0].id]);
      expect(rest.body.nextCursor).toBeNull();

      const hundred = await stack.admin.get('/v1/plans?limit=100');
      expect(hundred.status).toBe(200);
      expect(hundred.body.items).toHaveLength(22);
      expect(hundred.body.nextCursor).toBeNull();

      const exact = await stack.admin.get('/v1/plans?limit=22');
      expect(exact.body.items).toHaveLength(22);
      expect(exact.body.nextCursor).toBeNull();

      const one = await stack.admin.get('/v1/plans?limit=1');
      expect(one.body.items).toHaveLength(1);
      expect(one.body.items[0].id).toBe(made[21].id);
    });

    it('an empty result is an empty page with a null cursor', async () => {
      const response = await stack.as(tokens.us).get('/v1/plans?status=withdrawn');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ items: [], nextCursor: null });
    });

    it('a cursor stays valid while newer plans are added', async () => {
      const page = await stack.admin.get('/v1/plans?limit=5');
      const before = made.map((plan) => plan.id).reverse();
      await make('Added while paging', 'colombia', { countries: ['BZ'], goals: ['STATE_PRESENCE'] });
      const next = await stack.admin.get(`/v1/plans?limit=5&cursor=${page.body.nextCursor}`);
      expect(next.body.items.map((item: Made) => item.id)).toEqual(before.slice(5, 10));
      expect((await stack.admin.get('/v1/plans?limit=1')).body.items[0].id).toBe(made[made.length - 1].id);
    });

    const BAD_QUERIES: [string, string, string][] = [
      ['limit=101', 'limit=101', 'limit'],
      ['limit=0', 'limit=0', 'limit'],
      ['limit=abc', 'limit=abc', 'limit'],
      ['limit=-1', 'limit=-1', 'limit'],
      ['limit=1.5', 'limit=1.5', 'limit'],
      ['limit=1e2', 'limit=1e2', 'limit'],
      ['an empty limit', 'limit=', 'limit'],
      ['limit given twice', 'limit=2&limit=3', 'limit'],
      ['a cursor that is not base64url', `cursor=${encodeURIComponent('not a cursor!')}`, 'cursor'],
      ['a cursor that decodes to no id', 'cursor=Z2FyYmFnZQ', 'cursor'],
      ['a cursor that is an id, not a cursor', 'cursor=01a212e4-93d9-7d85-8592-2e40660a4f8b', 'cursor'],
      ['a cursor of 101 characters', `cursor=${'a'.repeat(101)}`, 'cursor'],
      ['status=bogus', 'status=bogus', 'status'],
      ['status in capitals', 'status=DRAFT', 'status'],
      ['status given twice', 'status=draft&status=approved', 'status'],
      ['country=MX', 'country=MX', 'country'],
      ['country=US', 'country=US', 'country'],
      ['goal=WORLD_PEACE', 'goal=WORLD_PEACE', 'goal'],
      ['partner=ACME', 'partner=ACME', 'partner'],
      ['an unknown parameter', 'foo=bar', 'foo'],
      ['an unknown parameter beside good ones', 'status=draft&limit=5&sort=asc', 'sort'],
      ['an offset, which this API does not have', 'offset=20', 'offset'],
    ];

    it.each(BAD_QUERIES)('refuses %s with a 400 naming the parameter', async (_, query, field) => {
      const response = await stack.as(tokens.us).get(`/v1/plans?${query}`);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: expect.any(String),
        code: 'REQUEST.INVALID',
        details: expect.arrayContaining([{ field, message: expect.any(String) }]),
      });
      expect([...new Set((response.body.details as { field: string }[]).map((detail) => detail.field))]).toEqual([field]);
    });
  });

  describe('Idempotency-Key on POST /v1/plans', () => {
    const countLedBy = async (partnerCode: string) =>
      Number((await stack.query<{ n: number }>('select count(*)::int as n from action_plan where lead_partner_code = ?', [partnerCode]))[0].n);

    it('a retry with the same key and body answers 201 with the first response and stores one plan', async () => {
      const body = planBody({ title: 'Retried once' });
      const first = await stack.as(tokens.spain).post('/v1/plans').set('Idempotency-Key', 'retry-1').send(body);
      expect(first.status).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const retry = await stack.as(tokens.spain).post('/v1/plans').set('Idempotency-Key', 'retry-1').send(body);
      expect(retry.status).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.etag).toBe(first.headers.etag);
      expect(retry.headers.location).toBe(`/v1/plans/${first.body.id}`);
      expect(await countLedBy('ES')).toBe(1);
      expect(await stack.query('select count(*)::int as n from action_plan_event where plan_id = ?', [first.body.id])).toEqual([{ n: 1 }]);

      // Even once the plan has moved on, a retry answers what the first request got.
      await stack.as(tokens.spain).put(`/v1/plans/${first.body.id}`).send(planBody({ title: 'Revised since' })).expect(200);
      const late = await stack.as(tokens.spain).post('/v1/plans').set('Idempotency-Key', 'retry-1').send(body);
      expect(late.status).toBe(201);
      expect(late.body).toEqual(first.body);
      expect(await countLedBy('ES')).toBe(1);
    });

    it('the same body with its keys in another order is the same request', async () => {
      const body = planBody({ title: 'Key order does not matter' });
      const first = await stack.as(tokens.chile).post('/v1/plans').set('Idempotency-Key', 'order-1').send(body);
      expect(first.status).toBe(201);
      const reordered = reverseKeys(body) as Body;
      expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(body));
      const retry = await stack.as(tokens.chile).post('/v1/plans').set('Idempotency-Key', 'order-1').send(reordered);
      expect(retry.status).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.body.id).toBe(first.body.id);
      expect(await countLedBy('CL')).toBe(1);
    });

    it('the same key with another body is 422 and stores nothing', async () => {
      const first = await stack.as(tokens.eu).post('/v1/plans').set('Idempotency-Key', 'reused-1').send(planBody({ title: 'Original' }));
      expect(first.status).toBe(201);
      for (const other of [planBody({ title: 'Another' }), planBody({ title: 'Original', budget: { amount: '1500000', currency: 'USD' } }), planBody({ title: 'Original', countries: ['HN', 'GT'] })]) {
        const response = await stack.as(tokens.eu).post('/v1/plans').set('Idempotency-Key', 'reused-1').send(other);
        expect(response.status).toBe(422);
        expect(response.body).toEqual({ statusCode: 422, error: 'Unprocessable Entity', message: expect.any(String), code: 'IDEMPOTENCY_KEY.REUSED' });
      }
      expect(await countLedBy('EU')).toBe(1);
      expect((await stack.as(tokens.eu).get(`/v1/plans/${first.body.id}`)).body).toMatchObject({ title: 'Original', version: 1 });
      // The first body still replays.
      const retry = await stack.as(tokens.eu).post('/v1/plans').set('Idempotency-Key', 'reused-1').send(planBody({ title: 'Original' }));
      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(first.body.id);
    });

    it('keys are scoped per partner: the same key from two partners makes two plans', async () => {
      const body = planBody({ title: 'Same key, two partners' });
      const idb = await stack.as(tokens.idb).post('/v1/plans').set('Idempotency-Key', 'shared-key').send(body);
      const wb = await stack.as(tokens.wb).post('/v1/plans').set('Idempotency-Key', 'shared-key').send(body);
      expect([idb.status, wb.status]).toEqual([201, 201]);
      expect(idb.body.id).not.toBe(wb.body.id);
      expect(idb.body.leadPartner).toBe('IDB');
      expect(wb.body.leadPartner).toBe('WB');
      expect(wb.headers['idempotent-replayed']).toBeUndefined();
      expect(await countLedBy('IDB')).toBe(1);
      expect(await countLedBy('WB')).toBe(1);
      // The World Bank cannot read IDB's draft through the shared key either.
      expect((await stack.as(tokens.wb).get(`/v1/plans/${idb.body.id}`)).status).toBe(404);
    });

    it('without a key, two identical requests make two plans', async () => {
      const before = await countLedBy('IDB');
      const body = planBody({ title: 'No key' });
      const [a, b] = [await stack.as(tokens.idb).post('/v1/plans').send(body), await stack.as(tokens.idb).post('/v1/plans').send(body)];
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(a.body.id).not.toBe(b.body.id);
      expect(await countLedBy('IDB')).toBe(before + 2);
    });

    it('10 concurrent requests with the same key and body make exactly one plan and all answer 201 with its id', async () => {
      const body = planBody({ title: 'Burst' });
      const responses = await Promise.all(Array.from({ length: 10 }, () => stack.as(tokens.un).post('/v1/plans').set('Idempotency-Key', 'burst-1').send(body)));
      expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
      const ids = new Set(responses.map((response) => response.body.id));
      expect(ids.size).toBe(1);
      expect(responses.filter((response) => response.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
      expect(await countLedBy('UN')).toBe(1);
      const [id] = [...ids];
      expect(await stack.query('select count(*)::int as n from action_plan_version where plan_id = ?', [id])).toEqual([{ n: 1 }]);
      expect(await stack.query(`select count(*)::int as n from idempotency_record where partner_code = 'UN'`)).toEqual([{ n: 1 }]);
    });

    it('10 concurrent requests with the same key and different bodies make one plan; the others are 422', async () => {
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) => stack.as(tokens.un).post('/v1/plans').set('Idempotency-Key', 'burst-2').send(planBody({ title: `Burst ${i}` }))),
      );
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([201, ...Array(9).fill(422)]);
      expect(await countLedBy('UN')).toBe(2);
    });

    it.each([
      ['201 characters', 'k'.repeat(201)],
      ['a space', 'retry 1'],
      ['a non-ASCII character', 'clé-1'],
    ])('a key with %s is 400 and stores nothing', async (_, key) => {
      const before = await countLedBy('CL');
      const response = await stack
        .as(tokens.chile)
        .post('/v1/plans')
        .set('Idempotency-Key', key)
        .send(planBody());
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: expect.any(String),
        code: 'REQUEST.INVALID',
        details: [{ field: 'Idempotency-Key', message: expect.any(String) }],
      });
      expect(await countLedBy('CL')).toBe(before);
    });

    it('a key of 200 visible characters is fine', async () => {
      const key = `${'k'.repeat(190)}-~!@#$%^&*`;
      expect(key).toHaveLength(200);
      const first = await stack.as(tokens.chile).post('/v1/plans').set('Idempotency-Key', key).send(planBody({ title: 'Long key' }));
      expect(first.status).toBe(201);
      const retry = await stack.as(tokens.chile).post('/v1/plans').set('Idempotency-Key', key).send(planBody({ title: 'Long key' }));
      expect(retry.body.id).toBe(first.body.id);
    });

    it('an invalid body with a key is 400 and does not burn the key', async () => {
      const bad = await stack.as(tokens.chile).post('/v1/plans').set('Idempotency-Key', 'fix-and-retry').send(planBody({ countries: ['MX'] }));
      expect(bad.status).toBe(400);
      const good = await stack.as(tokens.chile).post('/v1/plans').set('Idempotency-Key', 'fix-and-retry').send(planBody());
      expect(good.status).toBe(201);
      expect(good.headers['idempotent-replayed']).toBeUndefined();
    });
  });
});
