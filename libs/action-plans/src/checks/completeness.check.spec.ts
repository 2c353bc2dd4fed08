import { canonicalPlanContent, type PlanContentInput } from '../domain/plan-content';
import type { CheckedPlan, Finding } from './check';
import { checkCompleteness } from './completeness.check';
import { RateTable } from './rate-table';

const rates = new RateTable([
  { currency: 'EUR', validFrom: '2026-01-01', usdPerUnit: '1.170000000000' },
  { currency: 'EUR', validFrom: '2027-06-01', usdPerUnit: '1.2' },
  { currency: 'CAD', validFrom: '2026-01-01', usdPerUnit: '0.73' },
]);

type ActivityInput = PlanContentInput['activities'][number];
type IndicatorInput = NonNullable<PlanContentInput['indicators']>[number];

const precincts: ActivityInput = {
  title: 'Model precincts',
  description: 'Train and equip three community police units.',
  country: 'HN',
  sector: '15132',
  period: { start: '2027-01-01', end: '2028-06-30' },
  budget: { amount: '1000000.00', currency: 'USD' },
};
const interdiction: ActivityInput = {
  title: 'Border interdiction',
  country: 'GT',
  sector: '16063',
  period: { start: '2027-07-01', end: '2028-12-31' },
  budget: { amount: '500000.00', currency: 'USD' },
};
const homicides: IndicatorInput = { name: 'Homicides per 100,000 people', unit: 'rate', baseline: '38.0', target: '30.0', targetDate: '2028-12-31' };

function plan(overrides: Partial<PlanContentInput> = {}): CheckedPlan {
  const content = canonicalPlanContent({
    title: 'Community policing and interdiction',
    summary: 'Model police precincts in Honduras and border interdiction in Guatemala.',
    countries: ['HN', 'GT'],
    goals: ['SAFE_STREETS', 'DISRUPT_TRAFFICKING'],
    programAreas: ['PREVENTION', 'LAW_ENFORCEMENT'],
    escaComponents: ['COMBAT_CRIME'],
    period: { start: '2027-01-01', end: '2028-12-31' },
    participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }],
    activities: [precincts, interdiction],
    budget: { amount: '1500000.00', currency: 'USD' },
    indicators: [homicides],
    ...overrides,
  });
  return { id: 'plan-1', version: 1, leadPartnerCode: 'US', content };
}

const check = (overrides: Partial<PlanContentInput> = {}) => checkCompleteness(plan(overrides), rates);
const codes = (findings: readonly Finding[]) => findings.map(({ code }) => code);

describe('completeness', () => {
  describe('when everything is there and consistent', () => {
    it('passes with a score of 100 and no findings', () => {
      expect(check()).toEqual({ status: 'passed', score: 100, findings: [] });
    });
  });

  describe('when the summary is missing', () => {
    it('is a warning on summary, and one of 15 rules unmet', () => {
      expect(check({ summary: null })).toEqual({
        status: 'warning',
        score: 93,
        findings: [{ code: 'SUMMARY_MISSING', severity: 'warning', message: 'the plan has no summary', path: 'summary' }],
      });
    });

    it('treats a blank summary as missing', () => {
      expect(codes(check({ summary: '   ' }).findings)).toEqual(['SUMMARY_MISSING']);
    });
  });

  describe('when there are no indicators', () => {
    it('is a warning, and the indicator rules no longer apply (11 of 12 rules met)', () => {
      const outcome = check({ indicators: [] });
      expect(outcome).toMatchObject({ status: 'warning', score: 92 });
      expect(outcome.findings).toEqual([expect.objectContaining({ code: 'NO_INDICATORS', severity: 'warning', path: 'indicators' })]);
    });
  });

  describe('when program areas or ESCA components are missing', () => {
    it('is an info finding for each, and the plan still passes', () => {
      const outcome = check({ programAreas: [], escaComponents: null });
      expect(outcome).toMatchObject({ status: 'passed', score: 87 });
      expect(outcome.findings).toEqual([
        expect.objectContaining({ code: 'NO_PROGRAM_AREAS', severity: 'info', path: 'programAreas' }),
        expect.objectContaining({ code: 'NO_ESCA_COMPONENTS', severity: 'info', path: 'escaComponents' }),
      ]);
    });
  });

  describe('when the plan names no country', () => {
    it('is an error, and every activity country is outside the plan', () => {
      const outcome = check({ countries: [] });
      expect(outcome.status).toBe('failed');
      expect(outcome.findings[0]).toEqual(expect.objectContaining({ code: 'NO_COUNTRIES', severity: 'error', path: 'countries' }));
      expect(codes(outcome.findings)).toEqual(['NO_COUNTRIES', 'ACTIVITY_COUNTRY_OUTSIDE_PLAN', 'ACTIVITY_COUNTRY_OUTSIDE_PLAN']);
    });
  });

  describe('when the plan claims no goal', () => {
    it('is an error on goals', () => {
      expect(check({ goals: [] })).toMatchObject({
        status: 'failed',
        score: 93,
        findings: [expect.objectContaining({ code: 'NO_GOALS', severity: 'error', path: 'goals' })],
      });
    });
  });

  describe('when the plan has no activities', () => {
    it('is an error, and neither the activity rules nor the budget sum apply (9 of 10 rules met)', () => {
      expect(check({ activities: [] })).toEqual({
        status: 'failed',
        score: 90,
        findings: [{ code: 'NO_ACTIVITIES', severity: 'error', message: 'the plan has no activities', path: 'activities' }],
      });
    });
  });

  describe('when an activity has no budget', () => {
    const outcome = check({ activities: [precincts, { ...interdiction, budget: null }] });

    it('is an error on that activity budget', () => {
      expect(outcome.findings[0]).toEqual({
        code: 'ACTIVITY_BUDGET_MISSING',
        severity: 'error',
        message: 'activity 2 ("Border interdiction") has no budget',
        path: 'activities[1].budget',
      });
      expect(outcome.status).toBe('failed');
    });

    it('compares the budgets that are there with the total', () => {
      expect(outcome.findings[1]).toEqual(expect.objectContaining({ code: 'BUDGET_MISMATCH', message: expect.stringContaining('1000000.00 USD') }));
    });

    it('scores half of the budget rule and none of the sum rule (13.5 of 15)', () => {
      expect(outcome.score).toBe(90);
    });
  });

  describe('when an activity names no country, sector or period', () => {
    it.each([
      ['country', 'ACTIVITY_COUNTRY_MISSING', 'activity 2 ("Border interdiction") names no country'],
      ['sector', 'ACTIVITY_SECTOR_MISSING', 'activity 2 ("Border interdiction") has no sector'],
      ['period', 'ACTIVITY_PERIOD_MISSING', 'activity 2 ("Border interdiction") has no period'],
    ] as const)('is a warning for a missing %s (14.5 of 15 rules met)', (field, code, message) => {
      expect(check({ activities: [precincts, { ...interdiction, [field]: null }] })).toEqual({
        status: 'warning',
        score: 97,
        findings: [{ code, severity: 'warning', message, path: `activities[1].${field}` }],
      });
    });
  });

  describe("when an activity is in a country the plan does not name", () => {
    it('is an error naming the country and the plan countries', () => {
      expect(check({ activities: [precincts, { ...interdiction, country: 'PA' }] })).toEqual({
        status: 'failed',
        score: 97,
        findings: [
          {
            code: 'ACTIVITY_COUNTRY_OUTSIDE_PLAN',
            severity: 'error',
            message: 'activity 2 ("Border interdiction") is in PA, which is not one of the plan\'s countries (HN, GT)',
            path: 'activities[1].country',
          },
        ],
      });
    });
  });

  describe("when an activity runs outside the plan's period", () => {
    it.each([
      ['starts before it', { start: '2026-12-31', end: '2027-06-30' }],
      ['ends after it', { start: '2027-07-01', end: '2029-01-01' }],
    ])('is an error when it %s', (_, period) => {
      const outcome = check({ activities: [{ ...precincts, period }, interdiction] });
      expect(outcome).toMatchObject({ status: 'failed', score: 97 });
      expect(outcome.findings).toEqual([
        {
          code: 'ACTIVITY_PERIOD_OUTSIDE_PLAN',
          severity: 'error',
          message: `activity 1 ("Model precincts") runs from ${period.start} to ${period.end}, outside the plan's period (2027-01-01 to 2028-12-31)`,
          path: 'activities[0].period',
        },
      ]);
    });

    it('accepts an activity that covers the whole plan period exactly', () => {
      const outcome = check({ activities: [{ ...precincts, period: { start: '2027-01-01', end: '2028-12-31' } }, interdiction] });
      expect(outcome.findings).toEqual([]);
    });
  });

  describe('when activity budgets do not add up', () => {
    it('is an error naming both sums', () => {
      expect(check({ budget: { amount: '1600000', currency: 'USD' } })).toEqual({
        status: 'failed',
        score: 93,
        findings: [
          {
            code: 'BUDGET_MISMATCH',
            severity: 'error',
            message: "the activity budgets add up to 1500000.00 USD but the plan's total is 1600000.00 USD",
            path: 'budget',
          },
        ],
      });
    });

    it('compares to the cent', () => {
      expect(codes(check({ budget: { amount: '1500000.01', currency: 'USD' } }).findings)).toEqual(['BUDGET_MISMATCH']);
    });
  });

  describe('when everything is in one currency other than USD', () => {
    it('compares exactly in that currency, without needing a rate', () => {
      const gbp = (amount: string) => ({ amount, currency: 'GBP' });
      const outcome = check({
        activities: [{ ...precincts, budget: gbp('1000000') }, { ...interdiction, budget: gbp('500000') }],
        budget: gbp('1500000'),
      });
      expect(outcome.findings).toEqual([]);
    });
  });

  describe('when currencies are mixed', () => {
    it("converts to USD at the rate of the plan's first day, and passes when the sums agree", () => {
      // 427350.43 EUR at 1.17 is 500000.00 USD; at the later rate (1.2) it would not add up.
      const outcome = check({ activities: [precincts, { ...interdiction, budget: { amount: '427350.43', currency: 'EUR' } }] });
      expect(outcome).toEqual({ status: 'passed', score: 100, findings: [] });
    });

    it('is an error naming both sums in USD when they do not agree', () => {
      const outcome = check({ activities: [precincts, { ...interdiction, budget: { amount: '500000', currency: 'EUR' } }] });
      expect(outcome.findings).toEqual([
        {
          code: 'BUDGET_MISMATCH',
          severity: 'error',
          message: "the activity budgets add up to 1585000.00 USD but the plan's total is 1500000.00 USD, at the reference rates of 2027-01-01",
          path: 'budget',
        },
      ]);
    });

    it('converts a total in another currency too, and names it in both currencies', () => {
      const activities = [
        { ...precincts, budget: { amount: '585000', currency: 'USD' } },
        { ...interdiction, budget: { amount: '500000', currency: 'EUR' } },
      ];
      expect(check({ activities, budget: { amount: '1000000', currency: 'EUR' } }).findings).toEqual([]);
      expect(check({ activities, budget: { amount: '1000000', currency: 'CAD' } }).findings).toEqual([
        expect.objectContaining({
          code: 'BUDGET_MISMATCH',
          message: "the activity budgets add up to 1170000.00 USD but the plan's total is 1000000.00 CAD (730000.00 USD), at the reference rates of 2027-01-01",
        }),
      ]);
    });

    it('tolerates a gap no larger than the rounding of the conversions', () => {
      // 1000.03 EUR is 1170.04 USD, twice 2340.08; the total of 2000.06 EUR is 2340.07 USD.
      const eur = (amount: string) => ({ amount, currency: 'EUR' });
      const activities = [{ ...precincts, budget: eur('1000.03') }, { ...interdiction, budget: eur('1000.03') }];
      expect(check({ activities, budget: { amount: '2340.07', currency: 'USD' } }).findings).toEqual([]);
      expect(codes(check({ activities, budget: { amount: '2340.06', currency: 'USD' } }).findings)).toEqual(['BUDGET_MISMATCH']);
    });
  });

  describe('when a currency has no reference rate', () => {
    it('is an error on the first amount in that currency, once per currency, and the sums are not compared', () => {
      const outcome = check({
        activities: [
          { ...precincts, budget: { amount: '100', currency: 'GBP' } },
          { ...interdiction, budget: { amount: '200', currency: 'GBP' } },
          { ...interdiction, budget: { amount: '300', currency: 'JPY' } },
        ],
      });
      expect(outcome).toMatchObject({ status: 'failed', score: 93 });
      expect(outcome.findings).toEqual([
        {
          code: 'EXCHANGE_RATE_MISSING',
          severity: 'error',
          message: "there is no reference rate from GBP to USD, so the activity budgets cannot be compared with the plan's total",
          path: 'activities[0].budget',
        },
        expect.objectContaining({ code: 'EXCHANGE_RATE_MISSING', message: expect.stringContaining('JPY'), path: 'activities[2].budget' }),
      ]);
    });

    it("points at the plan's total when that is the unrated amount", () => {
      expect(check({ budget: { amount: '1500000', currency: 'GBP' } }).findings).toEqual([
        expect.objectContaining({ code: 'EXCHANGE_RATE_MISSING', severity: 'error', path: 'budget' }),
      ]);
    });
  });

  describe('when an indicator lacks a baseline, a target or a target date', () => {
    it.each([
      ['baseline', 'INDICATOR_BASELINE_MISSING', 'indicator "Homicides per 100,000 people" has no baseline'],
      ['target', 'INDICATOR_TARGET_MISSING', 'indicator "Homicides per 100,000 people" has no target'],
      ['targetDate', 'INDICATOR_TARGET_DATE_MISSING', 'indicator "Homicides per 100,000 people" has no target date'],
    ] as const)('is a warning for a missing %s', (field, code, message) => {
      expect(check({ indicators: [{ ...homicides, [field]: null }] })).toEqual({
        status: 'warning',
        score: 93,
        findings: [{ code, severity: 'warning', message, path: `indicators[0].${field}` }],
      });
    });

    it('counts the share of indicators meeting the rule (one of two without a baseline: 14.5 of 15)', () => {
      const outcome = check({ indicators: [homicides, { ...homicides, name: 'Youth in programs', baseline: null }] });
      expect(outcome.score).toBe(97);
      expect(outcome.findings).toEqual([expect.objectContaining({ code: 'INDICATOR_BASELINE_MISSING', path: 'indicators[1].baseline' })]);
    });
  });

  describe("when an indicator's target date is outside the plan's period", () => {
    it.each(['2029-01-01', '2026-12-31'])('is a warning for %s', (targetDate) => {
      expect(check({ indicators: [{ ...homicides, targetDate }] }).findings).toEqual([
        {
          code: 'INDICATOR_TARGET_DATE_OUTSIDE_PLAN',
          severity: 'warning',
          message: `indicator "Homicides per 100,000 people" is due on ${targetDate}, outside the plan's period (2027-01-01 to 2028-12-31)`,
          path: 'indicators[0].targetDate',
        },
      ]);
    });

    it('accepts a target date within the period or on its last day', () => {
      expect(check({ indicators: [homicides, { ...homicides, targetDate: '2027-01-01' }, { ...homicides, targetDate: '2028-06-30' }] }).findings).toEqual([]);
    });
  });

  describe('when several rules are unmet', () => {
    it('is failed on the errors and scores the mean share of rules met', () => {
      const outcome = check({
        summary: null,
        programAreas: null,
        activities: [
          { ...precincts, sector: null, country: 'PA' },
          { ...interdiction, period: null },
        ],
        indicators: [{ ...homicides, baseline: null, target: null }],
      });
      // Plan rules 5/7, activities: budget 1, country 0.5, sector 0.5, period 0.5, sum 1; indicators 0, 0, 1.
      expect(outcome.score).toBe(63);
      expect(outcome.status).toBe('failed');
      expect(codes(outcome.findings)).toEqual([
        'SUMMARY_MISSING',
        'NO_PROGRAM_AREAS',
        'ACTIVITY_COUNTRY_OUTSIDE_PLAN',
        'ACTIVITY_SECTOR_MISSING',
        'ACTIVITY_PERIOD_MISSING',
        'INDICATOR_BASELINE_MISSING',
        'INDICATOR_TARGET_MISSING',
      ]);
    });
  });
});
