import { canonicalPlanContent } from '../domain/plan-content';
import type { CheckedPlan, CheckReferenceData } from './check';
import { checkEndorsement, mayEndorse, requiredEndorsers } from './endorsement.check';

type PartnerRow = [string, { kind: string; country: string | null }];

const partnerRows: PartnerRow[] = [
  ['GOV-HN', { kind: 'RECIPIENT_GOVERNMENT', country: 'HN' }],
  ['GOV-GT', { kind: 'RECIPIENT_GOVERNMENT', country: 'GT' }],
  // Governments are found by kind and country, never by their code.
  ['MINGOB-SV', { kind: 'RECIPIENT_GOVERNMENT', country: 'SV' }],
  ['GOV-PA', { kind: 'CIVIL_SOCIETY', country: 'PA' }],
  ['SICA', { kind: 'REGIONAL_BODY', country: null }],
  ['US', { kind: 'DONOR_GOVERNMENT', country: null }],
];

const referenceWith = (partners: PartnerRow[]): CheckReferenceData => ({ sectorGoals: new Map(), programAreaGoals: new Map(), partners: new Map(partners) });
const reference = referenceWith(partnerRows);
const withoutSica = referenceWith(partnerRows.filter(([, { kind }]) => kind !== 'REGIONAL_BODY'));

function plan(countries: string[]): CheckedPlan {
  const content = canonicalPlanContent({
    title: 'Border security',
    countries,
    goals: ['DISRUPT_TRAFFICKING'],
    period: { start: '2027-01-01', end: '2027-12-31' },
    activities: [{ title: 'Interdiction', sector: '16063', budget: { amount: '100000', currency: 'USD' } }],
    budget: { amount: '100000', currency: 'USD' },
  });
  return { id: 'plan-1', version: 1, leadPartnerCode: 'US', content };
}

describe('requiredEndorsers', () => {
  describe('for a plan in one country', () => {
    it("is that country's government", () => {
      expect(requiredEndorsers(plan(['HN']), reference)).toEqual({ alternatives: [['GOV-HN']] });
    });

    it('finds the government by kind and country, whatever its code', () => {
      expect(requiredEndorsers(plan(['SV']), reference)).toEqual({ alternatives: [['MINGOB-SV']] });
    });

    it('treats a country named twice as one country', () => {
      expect(requiredEndorsers(plan(['HN', 'HN']), reference)).toEqual({ alternatives: [['GOV-HN']] });
    });

    it('is nobody when the country has no government partner', () => {
      expect(requiredEndorsers(plan(['PA']), reference)).toEqual({ alternatives: [] });
    });

    it('asks only the first government by code when the reference data holds two', () => {
      const twoGovernments = referenceWith([['MINSEG-HN', { kind: 'RECIPIENT_GOVERNMENT', country: 'HN' }], ...partnerRows]);
      expect(requiredEndorsers(plan(['HN']), twoGovernments)).toEqual({ alternatives: [['GOV-HN']] });
      expect(mayEndorse(plan(['HN']), twoGovernments, 'MINSEG-HN')).toBe(false);
    });
  });

  describe('for a regional plan', () => {
    it('is SICA, or every country’s government', () => {
      expect(requiredEndorsers(plan(['HN', 'GT', 'SV']), reference)).toEqual({ alternatives: [['SICA'], ['GOV-HN', 'GOV-GT', 'MINGOB-SV']] });
    });

    it('is SICA alone when a country has no government partner', () => {
      expect(requiredEndorsers(plan(['HN', 'PA']), reference)).toEqual({ alternatives: [['SICA']] });
    });

    it('is every government when there is no regional body', () => {
      expect(requiredEndorsers(plan(['HN', 'GT']), withoutSica)).toEqual({ alternatives: [['GOV-HN', 'GOV-GT']] });
    });
  });
});

describe('mayEndorse', () => {
  it.each([
    ['the government of the plan’s country', ['HN'], 'GOV-HN', true],
    ['the government of another country', ['HN'], 'GOV-GT', false],
    ['a government of one of a regional plan’s countries', ['HN', 'GT'], 'GOV-GT', true],
    ['SICA, for a regional plan', ['HN', 'GT'], 'SICA', true],
    ['SICA, for a plan in one country', ['HN'], 'SICA', false],
    ['a donor', ['HN'], 'US', false],
    ['a partner of the country that is not its government', ['PA'], 'GOV-PA', false],
    ['a partner unknown to the reference data', ['HN'], 'GOV-XX', false],
  ])('is %s: %p', (_, countries, partnerCode, expected) => {
    expect(mayEndorse(plan(countries), reference, partnerCode)).toBe(expected);
  });
});

describe('endorsement', () => {
  describe('for a plan in one country', () => {
    describe('when its government has endorsed it', () => {
      it('passes with an info finding naming who endorsed', () => {
        expect(checkEndorsement(plan(['HN']), reference, ['GOV-HN'])).toEqual({
          status: 'passed',
          findings: [{ code: 'ENDORSED', severity: 'info', message: 'endorsed by GOV-HN' }],
        });
      });
    });

    describe('when its government has not endorsed it', () => {
      it('is a warning naming the government', () => {
        expect(checkEndorsement(plan(['HN']), reference, [])).toEqual({
          status: 'warning',
          findings: [{ code: 'ENDORSEMENT_MISSING', severity: 'warning', message: 'GOV-HN (the government of HN) has not endorsed the plan', path: 'countries[0]' }],
        });
      });

      it('does not count an endorsement from a partner who may not endorse', () => {
        expect(checkEndorsement(plan(['HN']), reference, ['US', 'SICA', 'GOV-GT']).status).toBe('warning');
      });
    });

    describe('when the country has no government partner', () => {
      it('is an error on that country', () => {
        expect(checkEndorsement(plan(['PA']), reference, ['GOV-PA'])).toEqual({
          status: 'failed',
          findings: [
            {
              code: 'NO_GOVERNMENT_PARTNER',
              severity: 'error',
              message: 'there is no government partner for PA in the reference data, so PA cannot endorse the plan',
              path: 'countries[0]',
            },
          ],
        });
      });
    });
  });

  describe('for a regional plan', () => {
    const regional = plan(['HN', 'GT']);
    const rule = '; a regional plan is endorsed by SICA or by the governments of all its countries';

    describe('when SICA has endorsed it', () => {
      it('passes', () => {
        expect(checkEndorsement(regional, reference, ['SICA'])).toEqual({
          status: 'passed',
          findings: [{ code: 'ENDORSED', severity: 'info', message: 'endorsed by SICA' }],
        });
      });
    });

    describe('when every government has endorsed it', () => {
      it('passes, naming them all', () => {
        expect(checkEndorsement(regional, reference, ['GOV-GT', 'GOV-HN'])).toEqual({
          status: 'passed',
          findings: [{ code: 'ENDORSED', severity: 'info', message: 'endorsed by GOV-GT, GOV-HN' }],
        });
      });
    });

    describe('when only some governments have endorsed it', () => {
      it('is a warning for SICA and for each government still missing', () => {
        expect(checkEndorsement(regional, reference, ['GOV-HN'])).toEqual({
          status: 'warning',
          findings: [
            { code: 'ENDORSEMENT_MISSING', severity: 'warning', message: `SICA has not endorsed the plan${rule}` },
            { code: 'ENDORSEMENT_MISSING', severity: 'warning', message: `GOV-GT (the government of GT) has not endorsed the plan${rule}`, path: 'countries[1]' },
          ],
        });
      });
    });

    describe('when nobody has endorsed it', () => {
      it('is a warning per possible endorser', () => {
        const outcome = checkEndorsement(regional, reference, []);
        expect(outcome.status).toBe('warning');
        expect(outcome.findings.map(({ message }) => message.split(' ')[0])).toEqual(['SICA', 'GOV-HN', 'GOV-GT']);
      });
    });

    describe('when a country has no government partner', () => {
      it('is an error on that country, and SICA is still asked', () => {
        expect(checkEndorsement(plan(['HN', 'PA']), reference, ['GOV-HN'])).toEqual({
          status: 'failed',
          findings: [
            expect.objectContaining({ code: 'NO_GOVERNMENT_PARTNER', severity: 'error', path: 'countries[1]' }),
            expect.objectContaining({ code: 'ENDORSEMENT_MISSING', message: `SICA has not endorsed the plan${rule}` }),
          ],
        });
      });

      it('passes once SICA endorses it', () => {
        expect(checkEndorsement(plan(['HN', 'PA']), reference, ['SICA']).status).toBe('passed');
      });

      it('is only the error when there is no regional body either', () => {
        expect(checkEndorsement(plan(['HN', 'PA']), withoutSica, []).findings).toEqual([expect.objectContaining({ code: 'NO_GOVERNMENT_PARTNER' })]);
      });
    });
  });

  describe('when the plan names no country', () => {
    it('fails: nobody may endorse it', () => {
      expect(checkEndorsement(plan([]), reference, ['GOV-HN'])).toEqual({
        status: 'failed',
        findings: [{ code: 'NO_COUNTRIES', severity: 'error', message: 'the plan names no country, so nobody may endorse it', path: 'countries' }],
      });
    });
  });
});
