import { canonicalPlanContent, type PlanContentInput } from '../domain/plan-content';
import { allocate, type Allocation } from './allocation';
import type { CheckReferenceData } from './check';
import { RateTable } from './rate-table';

const reference: CheckReferenceData = {
  sectorGoals: new Map([
    ['15132', ['SAFE_STREETS', 'STATE_PRESENCE']],
    ['15220', ['SAFE_STREETS']],
    ['16063', ['DISRUPT_TRAFFICKING']],
    ['15210', ['DISRUPT_TRAFFICKING', 'REGIONAL_COOPERATION']],
    ['15130', ['ACCOUNTABLE_GOVERNMENT']],
  ]),
  programAreaGoals: new Map([
    ['LAW_ENFORCEMENT', ['DISRUPT_TRAFFICKING', 'SAFE_STREETS']],
    ['JUSTICE_CAPACITY', ['ACCOUNTABLE_GOVERNMENT']],
    ['PREVENTION', ['SAFE_STREETS', 'STATE_PRESENCE']],
  ]),
  partners: new Map(),
};

const rates = new RateTable([
  { currency: 'EUR', validFrom: '2026-01-01', usdPerUnit: '1.170000000000' },
  { currency: 'EUR', validFrom: '2027-01-01', usdPerUnit: '1.2' },
  { currency: 'CAD', validFrom: '2026-01-01', usdPerUnit: '0.73' },
]);

type ActivityInput = PlanContentInput['activities'][number];

function plan(overrides: Partial<PlanContentInput> = {}) {
  return canonicalPlanContent({
    title: 'Community policing',
    countries: ['HN'],
    goals: ['SAFE_STREETS', 'STATE_PRESENCE'],
    period: { start: '2027-01-01', end: '2028-12-31' },
    activities: [activity()],
    budget: { amount: '1500000', currency: 'USD' },
    ...overrides,
  });
}

function activity(overrides: Partial<ActivityInput> = {}): ActivityInput {
  return { title: 'Model precincts', country: 'HN', sector: '15132', budget: { amount: '1500000', currency: 'USD' }, ...overrides };
}

function cells(allocations: Allocation[]): [string, string, string][] {
  return allocations.map(({ goal, country, usd }) => [goal, country, usd.amount]);
}

function totalCents(allocations: Allocation[]): bigint {
  return allocations.reduce((sum, { usd }) => sum + usd.cents, 0n);
}

describe('allocate', () => {
  describe('an activity with a country and a sector', () => {
    it('splits its budget equally over the claimed goals its sector supports', () => {
      expect(cells(allocate(plan(), rates, reference).allocations)).toEqual([
        ['SAFE_STREETS', 'HN', '750000.00'],
        ['STATE_PRESENCE', 'HN', '750000.00'],
      ]);
    });

    it('gives nothing to a claimed goal its sector does not support', () => {
      const content = plan({ goals: ['DISRUPT_TRAFFICKING', 'SAFE_STREETS'], activities: [activity({ sector: '15220' })] });
      expect(cells(allocate(content, rates, reference).allocations)).toEqual([['SAFE_STREETS', 'HN', '1500000.00']]);
    });

    it('ignores goals its sector supports but the plan does not claim', () => {
      const content = plan({ goals: ['SAFE_STREETS'], activities: [activity({ sector: '15132' })] });
      expect(cells(allocate(content, rates, reference).allocations)).toEqual([['SAFE_STREETS', 'HN', '1500000.00']]);
    });

    it('goes to its own country even when the plan does not list it', () => {
      const content = plan({ countries: ['HN'], goals: ['SAFE_STREETS'], activities: [activity({ country: 'GT' })] });
      expect(cells(allocate(content, rates, reference).allocations)).toEqual([['SAFE_STREETS', 'GT', '1500000.00']]);
    });
  });

  describe('when the sector supports none of the claimed goals', () => {
    it.each([
      ['a sector for other goals', '16063'],
      ['an unmapped sector', '99999'],
      ['no sector', null],
    ])('with %s, splits over all the claimed goals', (_, sector) => {
      const content = plan({ goals: ['STATE_PRESENCE', 'ACCOUNTABLE_GOVERNMENT'], activities: [activity({ sector, budget: { amount: '1000', currency: 'USD' } })] });
      expect(cells(allocate(content, rates, reference).allocations)).toEqual([
        ['ACCOUNTABLE_GOVERNMENT', 'HN', '500.00'],
        ['STATE_PRESENCE', 'HN', '500.00'],
      ]);
    });
  });

  describe('an activity without a country', () => {
    it('splits over the plan countries × goals exactly to the cent, the leftover cents to the first cells', () => {
      const content = plan({ countries: ['SV', 'GT', 'HN'], activities: [activity({ country: null, budget: { amount: '100', currency: 'USD' } })] });
      const { allocations } = allocate(content, rates, reference);
      expect(cells(allocations)).toEqual([
        ['SAFE_STREETS', 'GT', '16.67'],
        ['SAFE_STREETS', 'HN', '16.67'],
        ['SAFE_STREETS', 'SV', '16.67'],
        ['STATE_PRESENCE', 'GT', '16.67'],
        ['STATE_PRESENCE', 'HN', '16.66'],
        ['STATE_PRESENCE', 'SV', '16.66'],
      ]);
      expect(totalCents(allocations)).toBe(10000n);
    });

    it.each(['0.01', '0.05', '1.00', '999999.99', '123456789.01'])('keeps every cent of USD %s split over seven countries and five goals', (amount) => {
      const content = plan({
        countries: ['BZ', 'CR', 'SV', 'GT', 'HN', 'NI', 'PA'],
        goals: ['SAFE_STREETS', 'DISRUPT_TRAFFICKING', 'ACCOUNTABLE_GOVERNMENT', 'STATE_PRESENCE', 'REGIONAL_COOPERATION'],
        activities: [activity({ country: null, sector: null, budget: { amount, currency: 'USD' } })],
      });
      const { allocations } = allocate(content, rates, reference);
      expect(totalCents(allocations)).toBe(BigInt(amount.replace('.', '')));
      const parts = allocations.map(({ usd }) => usd.cents);
      expect(Math.max(...parts.map(Number)) - Math.min(...parts.map(Number))).toBeLessThanOrEqual(1);
    });

    it('leaves out the cells a too small amount cannot reach', () => {
      const content = plan({ countries: ['GT', 'HN'], activities: [activity({ country: null, budget: { amount: '0.03', currency: 'USD' } })] });
      expect(cells(allocate(content, rates, reference).allocations)).toEqual([
        ['SAFE_STREETS', 'GT', '0.01'],
        ['SAFE_STREETS', 'HN', '0.01'],
        ['STATE_PRESENCE', 'GT', '0.01'],
      ]);
    });
  });

  describe('several activities', () => {
    it('merges what they put in the same cell', () => {
      const content = plan({
        goals: ['SAFE_STREETS'],
        activities: [activity({ budget: { amount: '100.10', currency: 'USD' } }), activity({ sector: '15220', budget: { amount: '200.20', currency: 'USD' } })],
      });
      expect(cells(allocate(content, rates, reference).allocations)).toEqual([['SAFE_STREETS', 'HN', '300.30']]);
    });

    it('counts only the budgeted ones, not the plan total, when some have no budget', () => {
      const content = plan({
        goals: ['SAFE_STREETS', 'DISRUPT_TRAFFICKING'],
        activities: [activity({ sector: '15220', budget: { amount: '400', currency: 'USD' } }), activity({ sector: '16063', budget: null })],
        budget: { amount: '1000', currency: 'USD' },
      });
      expect(cells(allocate(content, rates, reference).allocations)).toEqual([['SAFE_STREETS', 'HN', '400.00']]);
    });

    it('converts each budget at the rate of its own start, or of the plan start when it has no period', () => {
      const content = plan({
        goals: ['SAFE_STREETS'],
        period: { start: '2027-03-01', end: '2028-12-31' },
        activities: [
          activity({ period: { start: '2026-06-01', end: '2026-12-31' }, budget: { amount: '100', currency: 'EUR' } }),
          activity({ period: null, budget: { amount: '100', currency: 'EUR' } }),
          activity({ country: 'GT', budget: { amount: '100', currency: 'CAD' } }),
          activity({ budget: { amount: '0.50', currency: 'USD' } }),
        ],
      });
      expect(allocate(content, rates, reference)).toEqual({
        allocations: [
          { goal: 'SAFE_STREETS', country: 'GT', usd: expect.objectContaining({ amount: '73.00', currency: 'USD' }) },
          { goal: 'SAFE_STREETS', country: 'HN', usd: expect.objectContaining({ amount: '237.50', currency: 'USD' }) },
        ],
        unconverted: [],
      });
    });

    it('converts the largest amount a plan may state past 15 digits in USD, to the cent', () => {
      const budget = { amount: '999999999999999.99', currency: 'EUR' };
      const content = plan({ goals: ['SAFE_STREETS'], activities: [activity({ budget })], budget });
      expect(cells(allocate(content, rates, reference).allocations)).toEqual([['SAFE_STREETS', 'HN', '1199999999999999.99']]);
    });

    it('sorts the cells by goal, then country', () => {
      const content = plan({
        countries: ['HN', 'GT'],
        goals: ['STATE_PRESENCE', 'DISRUPT_TRAFFICKING', 'SAFE_STREETS'],
        activities: [
          activity({ country: 'HN', sector: '15132', budget: { amount: '10', currency: 'USD' } }),
          activity({ country: 'GT', sector: '16063', budget: { amount: '10', currency: 'USD' } }),
          activity({ country: 'GT', sector: '15220', budget: { amount: '10', currency: 'USD' } }),
        ],
      });
      expect(cells(allocate(content, rates, reference).allocations).map(([goal, country]) => `${goal}|${country}`)).toEqual([
        'DISRUPT_TRAFFICKING|GT',
        'SAFE_STREETS|GT',
        'SAFE_STREETS|HN',
        'STATE_PRESENCE|HN',
      ]);
    });
  });

  describe('when no activity has a budget', () => {
    it('splits the plan total over its countries × claimed goals, at the rate of the plan start', () => {
      const content = plan({
        countries: ['HN', 'GT'],
        activities: [activity({ budget: null })],
        budget: { amount: '1000000', currency: 'EUR' },
      });
      expect(cells(allocate(content, rates, reference).allocations)).toEqual([
        ['SAFE_STREETS', 'GT', '300000.00'],
        ['SAFE_STREETS', 'HN', '300000.00'],
        ['STATE_PRESENCE', 'GT', '300000.00'],
        ['STATE_PRESENCE', 'HN', '300000.00'],
      ]);
    });

    it('does the same for a plan with no activities', () => {
      const content = plan({ goals: ['SAFE_STREETS'], activities: [], budget: { amount: '10', currency: 'USD' } });
      expect(cells(allocate(content, rates, reference).allocations)).toEqual([['SAFE_STREETS', 'HN', '10.00']]);
    });

    it('does not split over a country or goal twice when the plan lists it twice', () => {
      const content = plan({
        countries: ['HN', 'HN'],
        goals: ['SAFE_STREETS', 'SAFE_STREETS', 'STATE_PRESENCE'],
        activities: [activity({ budget: null })],
        budget: { amount: '90', currency: 'USD' },
      });
      expect(cells(allocate(content, rates, reference).allocations)).toEqual([
        ['SAFE_STREETS', 'HN', '45.00'],
        ['STATE_PRESENCE', 'HN', '45.00'],
      ]);
    });
  });

  describe('a currency without a rate', () => {
    it('is listed once in unconverted and its amounts left out', () => {
      const content = plan({
        goals: ['SAFE_STREETS'],
        activities: [
          activity({ budget: { amount: '100', currency: 'GBP' } }),
          activity({ budget: { amount: '50', currency: 'USD' } }),
          activity({ budget: { amount: '7', currency: 'GBP' } }),
          activity({ budget: { amount: '7', currency: 'JPY' } }),
        ],
      });
      const { allocations, unconverted } = allocate(content, rates, reference);
      expect(cells(allocations)).toEqual([['SAFE_STREETS', 'HN', '50.00']]);
      expect(unconverted).toEqual(['GBP', 'JPY']);
    });

    it('leaves nothing to allocate when it is the plan total and no activity has a budget', () => {
      const content = plan({ activities: [activity({ budget: null })], budget: { amount: '100', currency: 'GBP' } });
      expect(allocate(content, rates, reference)).toEqual({ allocations: [], unconverted: ['GBP'] });
    });
  });

  it('puts nothing anywhere when content that skipped validation claims no goal', () => {
    const content = plan({ goals: [] });
    expect(allocate(content, rates, reference).allocations).toEqual([]);
  });
});
