import { REFERENCE_CODES } from '@accord/reference-data';
import { planBody } from '../support/plan-builder';
import { TestStack } from '../support/test-stack';

type Body = Record<string, unknown>;

interface ListedCode {
  code: string;
  name: string;
  goals?: string[];
}

/** What the migration seeded for a list, as the endpoint sorts it. */
const seeded = (kind: string) =>
  REFERENCE_CODES.filter((seed) => seed.kind === kind)
    .map(({ code, name, goals }) => (kind === 'dac_sector' || kind === 'program_area' ? { code, name, goals } : { code, name }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));

const withActivity = (changes: Body): Body => {
  const [activity] = planBody().activities as Body[];
  return planBody({ activities: [{ ...activity, ...changes }] });
};

describe('reference data: GET /v1/reference-data', () => {
  let stack: TestStack;
  let us: string;
  let reviewer: string;

  beforeAll(async () => {
    stack = await TestStack.start();
    [us, reviewer] = await Promise.all([stack.key('partner', 'US'), stack.key('reviewer', 'OAS')]);
  });

  afterAll(() => stack.stop());

  describe('for any authenticated key', () => {
    it.each([
      ['a partner', () => us],
      ['a reviewer', () => reviewer],
      ['the admin token', () => stack.config.adminToken!],
    ])('answers %s with every code list, its codes and names', async (_who, token) => {
      const response = await stack.as(token()).get('/v1/reference-data').expect(200);
      expect(Object.keys(response.body).sort()).toEqual(['countries', 'currencies', 'dacSectors', 'escaComponents', 'goals', 'programAreas']);
      expect(response.body.countries).toEqual(seeded('country'));
      expect(response.body.goals).toEqual(seeded('goal'));
      expect(response.body.escaComponents).toEqual(seeded('esca_component'));
      expect(response.body.currencies).toEqual(seeded('currency'));
    });

    it('lists for each DAC sector and program area the goals it supports', async () => {
      const { body } = await stack.as(us).get('/v1/reference-data').expect(200);
      expect(body.dacSectors).toEqual(seeded('dac_sector'));
      expect(body.programAreas).toEqual(seeded('program_area'));
      expect((body.dacSectors as ListedCode[]).find((sector) => sector.code === '15132')).toEqual({ code: '15132', name: 'Police', goals: ['SAFE_STREETS', 'STATE_PRESENCE'] });
      expect((body.programAreas as ListedCode[]).find((area) => area.code === 'JUSTICE_CAPACITY')?.goals).toEqual(['ACCOUNTABLE_GOVERNMENT']);
    });

    it('is refused without a key', async () => {
      await stack.http.get('/v1/reference-data').expect(401);
    });
  });

  describe('caching', () => {
    it('carries a strong ETag and Cache-Control, the same for every caller', async () => {
      const [first, second] = await Promise.all([stack.as(us).get('/v1/reference-data'), stack.as(reviewer).get('/v1/reference-data')]);
      expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(second.headers.etag).toBe(first.headers.etag);
      expect(first.headers['cache-control']).toBe('private, max-age=300');
    });

    it('answers If-None-Match with the current ETag (or a weak copy of it, or *) with 304 and no body', async () => {
      const { headers } = await stack.as(us).get('/v1/reference-data').expect(200);
      for (const ifNoneMatch of [headers.etag, `W/${headers.etag}`, `"stale", ${headers.etag}`, '*']) {
        const response = await stack.as(us).get('/v1/reference-data').set('If-None-Match', ifNoneMatch);
        expect({ ifNoneMatch, status: response.status, text: response.text }).toEqual({ ifNoneMatch, status: 304, text: '' });
        expect(response.headers.etag).toBe(headers.etag);
        expect(response.headers['cache-control']).toBe('private, max-age=300');
      }
    });

    it('answers a stale ETag with the lists', async () => {
      const response = await stack.as(us).get('/v1/reference-data').set('If-None-Match', '"stale"').expect(200);
      expect(response.body.goals).toEqual(seeded('goal'));
    });

    it('changes its ETag when a list changes', async () => {
      const before = (await stack.as(us).get('/v1/reference-data').expect(200)).headers.etag;
      await stack.queryAsOwner(`insert into reference_code (kind, code, name, goals) values ('esca_component', 'TEST_COMPONENT', 'A component added by an admin', '{}')`);
      // A partner created through the API drops the process's copy of the codes at once.
      await stack.admin.post('/v1/admin/partners').send({ code: 'JP', name: 'Japan', kind: 'DONOR_GOVERNMENT' }).expect(201);
      const after = await stack.as(us).get('/v1/reference-data').set('If-None-Match', before).expect(200);
      expect(after.headers.etag).not.toBe(before);
      expect(after.body.escaComponents).toContainEqual({ code: 'TEST_COMPONENT', name: 'A component added by an admin' });
    });
  });

  describe('an unknown code in a request', () => {
    const problemOf = async (body: Body, field: string) => {
      const response = await stack.as(us).post('/v1/plans').send(body).expect(400);
      const details = response.body.details as { field: string; message: string }[];
      return details.find((detail) => detail.field === field)?.message;
    };

    it('names the list of GET /v1/reference-data it is not in, and its valid codes when they are under 30', async () => {
      expect(await problemOf(planBody({ goals: ['NOT_A_GOAL'] }), 'goals')).toBe(
        'goals has an unknown CARSI goal: "NOT_A_GOAL"; the valid codes are listed by GET /v1/reference-data (goals): ' +
          'ACCOUNTABLE_GOVERNMENT, DISRUPT_TRAFFICKING, REGIONAL_COOPERATION, SAFE_STREETS, STATE_PRESENCE',
      );
      expect(await problemOf(planBody({ countries: ['HN', 'MX'] }), 'countries')).toBe(
        'countries has an unknown recipient country (ISO 3166-1 alpha-2): "MX"; the valid codes are listed by GET /v1/reference-data (countries): BZ, CR, GT, HN, NI, PA, SV',
      );
      expect(await problemOf(planBody({ budget: { amount: '10.00', currency: 'XYZ' } }), 'budget.currency')).toMatch(
        /^currency has an unknown currency \(ISO 4217\): "XYZ"; the valid codes are listed by GET \/v1\/reference-data \(currencies\): [A-Z, ]*\bUSD\b/,
      );
    });

    it('only points to a list of 30 codes or more', async () => {
      expect(await problemOf(withActivity({ sector: '99999' }), 'activities[0].sector')).toBe(
        'sector has an unknown OECD-DAC purpose code: "99999"; the valid codes are listed by GET /v1/reference-data (dacSectors)',
      );
    });

    it('of a partner points to GET /v1/partners', async () => {
      const message = await problemOf(planBody({ participants: [{ partnerCode: 'ACME', role: 'FUNDING' }] }), 'participants[0].partnerCode');
      expect(message).toMatch(/^partnerCode has an unknown partner code: "ACME"; the valid codes are listed by GET \/v1\/partners: .*\bGOV-HN\b.*\bUS\b/);
    });
  });
});
