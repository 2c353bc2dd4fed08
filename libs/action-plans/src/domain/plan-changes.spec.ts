import { diffPlanContent, fieldChanged, valueAt } from './plan-changes';
import { canonicalPlanContent, type PlanContent, type PlanContentInput } from './plan-content';

const precincts = { ref: 'A1', title: 'Model precincts', country: 'HN', sector: '15132', period: { start: '2027-01-01', end: '2028-06-30' }, budget: { amount: '1000000', currency: 'USD' } };
const outreach = { ref: 'A2', title: 'Youth outreach', country: 'HN', sector: '15220', budget: { amount: '500000', currency: 'USD' } };

function content(overrides: Partial<PlanContentInput> = {}): PlanContent {
  return canonicalPlanContent({
    title: 'Community policing',
    countries: ['HN', 'GT'],
    goals: ['SAFE_STREETS'],
    period: { start: '2027-01-01', end: '2028-12-31' },
    participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }],
    activities: [precincts, outreach],
    budget: { amount: '1500000', currency: 'USD' },
    indicators: [{ ref: 'I1', name: 'Homicides per 100,000 people', baseline: '38.0', target: '30.0', targetDate: '2028-12-31' }],
    ...overrides,
  });
}

describe('diffPlanContent', () => {
  describe('given the same content', () => {
    it('finds no change', () => {
      expect(diffPlanContent(content(), content())).toEqual([]);
    });

    it('finds none when only the order of activities, indicators, countries or participants differs', () => {
      const before = content({ participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }, { partnerCode: 'CA', role: 'FUNDING' }] });
      const after = content({ activities: [outreach, precincts], countries: ['GT', 'HN'], participants: [{ partnerCode: 'CA', role: 'FUNDING' }, { partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }] });
      expect(diffPlanContent(before, after)).toEqual([]);
    });

    it('finds none between amounts written with and without their decimals', () => {
      expect(diffPlanContent(content({ budget: { amount: '1500000', currency: 'USD' } }), content({ budget: { amount: '1500000.00', currency: 'USD' } }))).toEqual([]);
    });
  });

  describe('given money and period values', () => {
    it('names the amount or the currency that changed, with the canonical values', () => {
      expect(diffPlanContent(content(), content({ budget: { amount: '1750000.5', currency: 'EUR' } }))).toEqual([
        { path: '/budget/amount', kind: 'changed', before: '1500000.00', after: '1750000.50' },
        { path: '/budget/currency', kind: 'changed', before: 'USD', after: 'EUR' },
      ]);
    });

    it('names the end of a period that moved', () => {
      expect(diffPlanContent(content(), content({ period: { start: '2027-01-01', end: '2029-06-30' } }))).toEqual([
        { path: '/period/end', kind: 'changed', before: '2028-12-31', after: '2029-06-30' },
      ]);
    });

    it('gives a period or a budget an item gains whole, from null', () => {
      const after = content({ activities: [precincts, { ...outreach, period: { start: '2027-03-01', end: '2027-12-31' } }] });
      expect(diffPlanContent(content(), after)).toEqual([
        { path: '/activities/A2/period', kind: 'changed', before: null, after: { start: '2027-03-01', end: '2027-12-31' }, ref: 'A2' },
      ]);
    });
  });

  describe('given activities and indicators', () => {
    it('takes one renamed by its ref as a change of its title, wherever it moved', () => {
      const after = content({ activities: [{ ...outreach, title: 'Youth outreach and sport' }, precincts] });
      expect(diffPlanContent(content(), after)).toEqual([{ path: '/activities/A2/title', kind: 'changed', before: 'Youth outreach', after: 'Youth outreach and sport', ref: 'A2' }]);
    });

    it('lists an added item with its value and a removed one with its last value', () => {
      const prisons = { ref: 'A3', title: 'Prison reform', country: 'HN', sector: '15137', budget: { amount: '500000', currency: 'USD' } };
      const before = content();
      const after = content({ activities: [prisons, precincts] });
      expect(diffPlanContent(before, after)).toEqual([
        { path: '/activities/A3', kind: 'added', after: after.activities[0], ref: 'A3' },
        { path: '/activities/A2', kind: 'removed', before: before.activities[1], ref: 'A2' },
      ]);
    });

    it('addresses an indicator by its ref', () => {
      const after = content({ indicators: [{ ref: 'I1', name: 'Homicides per 100,000 people', baseline: '38.0', target: '25.0', targetDate: '2028-12-31' }] });
      expect(diffPlanContent(content(), after)).toEqual([{ path: '/indicators/I1/target', kind: 'changed', before: '30.0', after: '25.0', ref: 'I1' }]);
    });

    it('escapes a ref holding / or ~ as JSON Pointer does', () => {
      const before = content({ activities: [{ ...precincts, ref: 'HN/1~a' }] });
      const after = content({ activities: [{ ...precincts, ref: 'HN/1~a', sector: '15130' }] });
      expect(diffPlanContent(before, after)).toEqual([{ path: '/activities/HN~11~0a/sector', kind: 'changed', before: '15132', after: '15130', ref: 'HN/1~a' }]);
    });
  });

  describe('given sets', () => {
    it('names the set whole, in a canonical order', () => {
      expect(diffPlanContent(content(), content({ countries: ['SV', 'HN'], participants: [{ partnerCode: 'GOV-HN', role: 'FUNDING' }] }))).toEqual([
        { path: '/countries', kind: 'changed', before: ['GT', 'HN'], after: ['HN', 'SV'] },
        { path: '/participants', kind: 'changed', before: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }], after: [{ partnerCode: 'GOV-HN', role: 'FUNDING' }] },
      ]);
    });
  });

  it('lists the changes in the order of the content’s fields', () => {
    const after = content({ title: 'Community policing, revised', activities: [{ ...precincts, title: 'Precincts' }, outreach], budget: { amount: '2000000', currency: 'USD' } });
    expect(diffPlanContent(content(), after).map((change) => change.path)).toEqual(['/title', '/activities/A1/title', '/budget/amount']);
  });
});

describe('valueAt', () => {
  it.each([
    ['/budget/amount', { found: true, value: '1500000.00' }],
    ['/activities/A2/sector', { found: true, value: '15220' }],
    ['/activities/A2/period', { found: true, value: null }],
    ['/countries', { found: true, value: ['GT', 'HN'] }],
    ['/activities/A9', { found: false }],
    ['/activities/A2/period/start', { found: false }],
    ['/countries/0', { found: false }],
    ['/budget/amount/x', { found: false }],
    ['budget', { found: false }],
    ['/summary~2', { found: false }],
  ])('%s', (pointer, expected) => {
    expect(valueAt(content(), pointer)).toEqual(expected);
  });
});

describe('fieldChanged', () => {
  it('is true for a field whose value differs, or that one side lacks, and false for one that only moved', () => {
    const after = content({ activities: [outreach], budget: { amount: '1600000', currency: 'USD' }, countries: ['GT', 'HN'] });
    expect(fieldChanged(content(), after, '/budget/amount')).toBe(true);
    expect(fieldChanged(content(), after, '/activities/A1/sector')).toBe(true);
    expect(fieldChanged(content(), after, '/activities/A2/sector')).toBe(false);
    expect(fieldChanged(content(), after, '/countries')).toBe(false);
  });

  it('is false for a list, or the whole plan, whose items only moved, and true for a field inside a removed item', () => {
    const reordered = content({ activities: [outreach, precincts] });
    expect(fieldChanged(content(), reordered, '/activities')).toBe(false);
    expect(fieldChanged(content(), reordered, '')).toBe(false);
    expect(fieldChanged(content(), content({ activities: [outreach] }), '/activities/A1/budget/amount')).toBe(true);
    expect(fieldChanged(content(), content({ title: 'Renamed' }), '')).toBe(true);
  });
});
