import { Money } from '../domain/money';
import { canonicalPlanContent, type PlanContentInput } from '../domain/plan-content';
import { checkBudget } from './budget.check';
import type { CheckedPlan, CheckOutcome, CheckReferenceData, Finding } from './check';
import { RateTable } from './rate-table';

const reference: CheckReferenceData = {
  sectorGoals: new Map([
    ['15132', ['SAFE_STREETS', 'STATE_PRESENCE']],
    ['15220', ['SAFE_STREETS']],
    ['16063', ['DISRUPT_TRAFFICKING']],
    ['15130', ['ACCOUNTABLE_GOVERNMENT']],
  ]),
  programAreaGoals: new Map([
    ['LAW_ENFORCEMENT', ['DISRUPT_TRAFFICKING', 'SAFE_STREETS']],
    ['JUSTICE_CAPACITY', ['ACCOUNTABLE_GOVERNMENT']],
    ['PREVENTION', ['SAFE_STREETS', 'STATE_PRESENCE']],
  ]),
  partners: new Map([
    ['US', { kind: 'DONOR_GOVERNMENT', country: null }],
    ['CA', { kind: 'DONOR_GOVERNMENT', country: null }],
    ['EU', { kind: 'MULTILATERAL', country: null }],
    ['SICA', { kind: 'REGIONAL_BODY', country: null }],
    ['GOV-HN', { kind: 'RECIPIENT_GOVERNMENT', country: 'HN' }],
    ['GOV-GT', { kind: 'RECIPIENT_GOVERNMENT', country: 'GT' }],
  ]),
};

const rates = new RateTable([
  { currency: 'EUR', validFrom: '2026-01-01', usdPerUnit: '1.170000000000' },
  { currency: 'EUR', validFrom: '2027-01-01', usdPerUnit: '1.2' },
  { currency: 'CAD', validFrom: '2026-01-01', usdPerUnit: '0.73' },
]);

const usd = (amount: string) => Money.of(amount, 'USD');
const options = { envelopeUsd: usd('10000000'), minUsd: usd('10000'), maxUsd: usd('50000000') };
const noOtherFunding = { otherActiveUsd: new Map<string, Money>() };

type ActivityInput = PlanContentInput['activities'][number];

function activity(overrides: Partial<ActivityInput> = {}): ActivityInput {
  return { title: 'Model precincts', country: 'HN', sector: '15132', budget: { amount: '1500000', currency: 'USD' }, ...overrides };
}

function plan(overrides: Partial<PlanContentInput> = {}, leadPartnerCode = 'US'): CheckedPlan {
  const content = canonicalPlanContent({
    title: 'Community policing in San Pedro Sula',
    countries: ['HN'],
    goals: ['SAFE_STREETS', 'STATE_PRESENCE'],
    period: { start: '2027-01-01', end: '2028-12-31' },
    participants: [{ partnerCode: 'GOV-HN', role: 'FUNDING' }],
    activities: [activity()],
    budget: { amount: '1500000', currency: 'USD' },
    ...overrides,
  });
  return { id: 'plan-1', version: 1, leadPartnerCode, content };
}

function check(checked: CheckedPlan, funding = noOtherFunding, checkOptions = options): CheckOutcome {
  return checkBudget(checked, rates, reference, funding, checkOptions);
}

function withCode(outcome: CheckOutcome, code: string): Finding[] {
  return outcome.findings.filter((finding) => finding.code === code);
}

describe('checkBudget', () => {
  describe('a sound plan in USD', () => {
    const outcome = check(plan());

    it('passes, with its total in USD and who co-finances it as info', () => {
      expect(outcome).toEqual({
        status: 'passed',
        findings: [
          { code: 'TOTAL_USD', severity: 'info', message: "The plan's total is USD 1,500,000.00.", path: 'budget' },
          { code: 'CO_FINANCING', severity: 'info', message: 'Co-financed by GOV-HN.', path: 'participants' },
        ],
      });
    });

    it('has no score', () => {
      expect(outcome).not.toHaveProperty('score');
    });
  });

  describe('the total in USD', () => {
    it('converts another currency at the rate of the plan start, and says so', () => {
      const outcome = check(plan({ budget: { amount: '1000000', currency: 'EUR' }, activities: [activity({ budget: null })] }));
      expect(withCode(outcome, 'TOTAL_USD')).toEqual([
        {
          code: 'TOTAL_USD',
          severity: 'info',
          message: "The plan's total is USD 1,200,000.00 (EUR 1,000,000.00 at the reference rate for 2027-01-01).",
          path: 'budget',
        },
      ]);
    });

    it.each([
      ['10000', 'USD 10,000.00'],
      ['999.99', 'USD 999.99'],
      ['1000', 'USD 1,000.00'],
      ['123456789.01', 'USD 123,456,789.01'],
      ['100000000000000', 'USD 100,000,000,000,000.00'],
    ])('writes %s as %s', (amount, written) => {
      const outcome = check(plan({ budget: { amount, currency: 'USD' }, activities: [activity({ budget: null })] }), noOtherFunding, {
        ...options,
        minUsd: usd('0'),
        maxUsd: usd('999999999999999'),
        envelopeUsd: usd('999999999999999'),
      });
      expect(withCode(outcome, 'TOTAL_USD')[0].message).toBe(`The plan's total is ${written}.`);
    });
  });

  describe('the range of the total', () => {
    it('warns about a total below the minimum', () => {
      const outcome = check(plan({ budget: { amount: '9999.99', currency: 'USD' }, activities: [activity({ budget: null })] }));
      expect(outcome.status).toBe('warning');
      expect(withCode(outcome, 'BUDGET_TOO_SMALL')).toEqual([
        {
          code: 'BUDGET_TOO_SMALL',
          severity: 'warning',
          message: "The plan's total of USD 9,999.99 is below the minimum of USD 10,000.00.",
          path: 'budget',
        },
      ]);
    });

    it('fails a total above the maximum', () => {
      const outcome = check(plan({ budget: { amount: '50000000.01', currency: 'USD' }, activities: [activity({ budget: null })] }), noOtherFunding, {
        ...options,
        envelopeUsd: usd('100000000'),
      });
      expect(outcome.status).toBe('failed');
      expect(withCode(outcome, 'BUDGET_OUT_OF_RANGE')).toEqual([
        {
          code: 'BUDGET_OUT_OF_RANGE',
          severity: 'error',
          message: "The plan's total of USD 50,000,000.01 is above the maximum of USD 50,000,000.00.",
          path: 'budget',
        },
      ]);
    });

    it.each(['10000', '50000000'])('accepts a total of exactly USD %s', (amount) => {
      const outcome = check(plan({ budget: { amount, currency: 'USD' }, activities: [activity({ budget: null })] }), noOtherFunding, {
        ...options,
        envelopeUsd: usd('100000000'),
      });
      expect(outcome.findings.map((finding) => finding.code)).toEqual(['TOTAL_USD', 'CO_FINANCING']);
    });

    it('compares the total in USD, not in its own currency', () => {
      const outcome = check(plan({ budget: { amount: '9000', currency: 'EUR' }, activities: [activity({ budget: null })] }));
      expect(withCode(outcome, 'BUDGET_TOO_SMALL')).toEqual([]);
    });
  });

  describe('a currency without an exchange rate', () => {
    it('fails a total in it, with no USD figure or range finding', () => {
      const outcome = check(plan({ budget: { amount: '1', currency: 'GBP' }, activities: [activity({ budget: null })] }));
      expect(outcome).toEqual({
        status: 'failed',
        findings: [
          {
            code: 'NO_EXCHANGE_RATE',
            severity: 'error',
            message: 'There is no reference rate from GBP to USD, so amounts in GBP are left out of the USD figures.',
            path: 'budget',
          },
          expect.objectContaining({ code: 'CO_FINANCING' }),
        ],
      });
    });

    it('is reported once, at its first use, however many activities use it', () => {
      const outcome = check(
        plan({
          activities: [
            activity({ budget: { amount: '1000000', currency: 'USD' } }),
            activity({ budget: { amount: '100', currency: 'GBP' } }),
            activity({ budget: { amount: '200', currency: 'GBP' } }),
            activity({ budget: { amount: '300', currency: 'JPY' } }),
          ],
        }),
      );
      expect(outcome.status).toBe('failed');
      expect(withCode(outcome, 'NO_EXCHANGE_RATE').map(({ path, message }) => [path, message.slice(0, 40)])).toEqual([
        ['activities[1].budget', 'There is no reference rate from GBP to U'],
        ['activities[3].budget', 'There is no reference rate from JPY to U'],
      ]);
    });

    it('is reported once when both the total and activities use it', () => {
      const outcome = check(plan({ budget: { amount: '500', currency: 'GBP' }, activities: [activity({ budget: { amount: '100', currency: 'GBP' } })] }));
      expect(withCode(outcome, 'NO_EXCHANGE_RATE').map((finding) => finding.path)).toEqual(['budget']);
    });
  });

  describe('an activity budget above the plan total', () => {
    it('warns when it is over by a cent in the same currency', () => {
      const outcome = check(plan({ activities: [activity({ budget: { amount: '1500000.01', currency: 'USD' } })] }));
      expect(outcome.status).toBe('warning');
      expect(withCode(outcome, 'ACTIVITY_OVER_TOTAL')).toEqual([
        {
          code: 'ACTIVITY_OVER_TOTAL',
          severity: 'warning',
          message: 'The budget of activity "Model precincts" (USD 1,500,000.01) is more than the plan\'s total (USD 1,500,000.00).',
          path: 'activities[0].budget',
        },
      ]);
    });

    it('says nothing about an activity budget equal to the total', () => {
      expect(withCode(check(plan()), 'ACTIVITY_OVER_TOTAL')).toEqual([]);
    });

    it('compares another currency in USD, each amount at the rate of its own start', () => {
      const outcome = check(
        plan({
          activities: [
            activity({ budget: { amount: '1300000', currency: 'EUR' } }),
            activity({ period: { start: '2026-06-01', end: '2026-12-31' }, budget: { amount: '1280000', currency: 'EUR' } }),
            activity({ budget: { amount: '1200000', currency: 'EUR' } }),
          ],
        }),
      );
      // 1,300,000 EUR at 1.2 is USD 1,560,000; 1,280,000 EUR at 1.17 is USD 1,497,600; 1,200,000 EUR at 1.2 is USD 1,440,000.
      expect(withCode(outcome, 'ACTIVITY_OVER_TOTAL').map((finding) => finding.path)).toEqual(['activities[0].budget']);
      expect(withCode(outcome, 'ACTIVITY_OVER_TOTAL')[0].message).toContain('(EUR 1,300,000.00)');
    });

    it('is not judged when the activity currency has no rate', () => {
      const outcome = check(plan({ activities: [activity({ budget: { amount: '99999999', currency: 'GBP' } })] }));
      expect(outcome.findings.map((finding) => finding.code)).toEqual(['TOTAL_USD', 'NO_EXCHANGE_RATE', 'CO_FINANCING']);
    });
  });

  describe('co-financing', () => {
    it('names the funding participants other than the lead, once each, in order', () => {
      const outcome = check(
        plan({
          participants: [
            { partnerCode: 'GOV-HN', role: 'FUNDING' },
            { partnerCode: 'EU', role: 'FUNDING' },
            { partnerCode: 'US', role: 'FUNDING' },
            { partnerCode: 'CA', role: 'FUNDING' },
            { partnerCode: 'EU', role: 'FUNDING' },
            { partnerCode: 'SICA', role: 'IMPLEMENTING' },
          ],
        }),
      );
      expect(withCode(outcome, 'CO_FINANCING')).toEqual([{ code: 'CO_FINANCING', severity: 'info', message: 'Co-financed by CA, EU, GOV-HN.', path: 'participants' }]);
    });

    it('names the plans it co-funds, with or without funding participants', () => {
      const [first, second] = ['0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e01', '0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e02'];
      const alone = check(plan({ participants: [{ partnerCode: 'SICA', role: 'IMPLEMENTING' }], coFunds: [first] }, 'GOV-HN'));
      expect(withCode(alone, 'CO_FINANCING')).toEqual([{ code: 'CO_FINANCING', severity: 'info', message: `Co-funds plan ${first}.`, path: 'coFunds' }]);
      const withPartner = check(plan({ participants: [{ partnerCode: 'CA', role: 'FUNDING' }], coFunds: [first, second] }));
      expect(withCode(withPartner, 'CO_FINANCING')[0]).toMatchObject({ message: `Co-financed by CA. Co-funds plans ${first}, ${second}.`, path: 'participants' });
    });

    it('says when the lead funds the plan alone', () => {
      const outcome = check(plan({ participants: [{ partnerCode: 'SICA', role: 'IMPLEMENTING' }] }, 'GOV-HN'));
      expect(withCode(outcome, 'CO_FINANCING')[0].message).toBe('No co-financing partner: the lead partner funds the plan alone.');
    });
  });

  describe('the contribution of a recipient government', () => {
    const noContribution = {
      code: 'NO_RECIPIENT_CONTRIBUTION',
      severity: 'info',
      message: 'No government of a country the plan works in leads or funds it.',
      path: 'participants',
    };

    it('is noted, as info only, when that government only implements', () => {
      const outcome = check(plan({ participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }] }));
      expect(outcome.status).toBe('passed');
      expect(withCode(outcome, 'NO_RECIPIENT_CONTRIBUTION')).toEqual([noContribution]);
    });

    it('is noted when only the government of another country funds it', () => {
      expect(withCode(check(plan({ participants: [{ partnerCode: 'GOV-GT', role: 'FUNDING' }] })), 'NO_RECIPIENT_CONTRIBUTION')).toEqual([noContribution]);
    });

    it('is noted when funding partners are unknown to the reference data', () => {
      expect(withCode(check(plan({ participants: [{ partnerCode: 'XX', role: 'FUNDING' }] })), 'NO_RECIPIENT_CONTRIBUTION')).toEqual([noContribution]);
    });

    it('is there when the government funds the plan', () => {
      expect(withCode(check(plan()), 'NO_RECIPIENT_CONTRIBUTION')).toEqual([]);
    });

    it('is there when the government leads the plan', () => {
      expect(withCode(check(plan({ participants: [] }, 'GOV-HN')), 'NO_RECIPIENT_CONTRIBUTION')).toEqual([]);
    });
  });

  describe('the envelope of a goal × country cell', () => {
    it('warns when this plan and the other active plans go past it, without telling what the others put in', () => {
      const otherActiveUsd = new Map([
        ['SAFE_STREETS|HN', usd('9300000')],
        ['STATE_PRESENCE|HN', usd('9250000')],
        ['SAFE_STREETS|GT', usd('9999999')],
      ]);
      const outcome = check(plan(), { otherActiveUsd });
      expect(outcome.status).toBe('warning');
      expect(withCode(outcome, 'ENVELOPE_EXCEEDED')).toEqual([
        {
          code: 'ENVELOPE_EXCEEDED',
          severity: 'warning',
          message: "SAFE_STREETS in HN: this plan's USD 750,000.00, with what the other active plans put in the cell, is over the envelope of USD 10,000,000.00.",
        },
      ]);
    });

    it('warns when this plan alone goes past it', () => {
      const outcome = check(plan({ goals: ['SAFE_STREETS'], budget: { amount: '12000000', currency: 'USD' }, activities: [activity({ budget: null })] }));
      expect(withCode(outcome, 'ENVELOPE_EXCEEDED').map((finding) => finding.message)).toEqual([
        "SAFE_STREETS in HN: this plan's USD 12,000,000.00, alone, is over the envelope of USD 10,000,000.00.",
      ]);
    });

    it('counts each cell by the plan allocation, across countries and currencies', () => {
      const outcome = check(
        plan({
          countries: ['HN', 'GT'],
          goals: ['SAFE_STREETS'],
          activities: [activity({ country: 'GT', budget: { amount: '1000000', currency: 'EUR' } }), activity({ country: null, budget: { amount: '100', currency: 'USD' } })],
          budget: { amount: '1000100', currency: 'EUR' },
        }),
        { otherActiveUsd: new Map([['SAFE_STREETS|GT', usd('8799951')], ['SAFE_STREETS|HN', usd('9999950')]]) },
      );
      // GT gets EUR 1,000,000 at 1.2 plus half of USD 100; HN the other half, which exactly fills its envelope.
      expect(withCode(outcome, 'ENVELOPE_EXCEEDED').map((finding) => finding.message)).toEqual([
        "SAFE_STREETS in GT: this plan's USD 1,200,050.00, with what the other active plans put in the cell, is over the envelope of USD 10,000,000.00.",
      ]);
    });
  });
});
