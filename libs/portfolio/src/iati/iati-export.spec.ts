import { canonicalPlanContent, type PlanContentInput } from '@accord/action-plans';
import { describeWithXmllint, SEEDED_PARTNERS, seededIatiReference, validateIati } from '../../../../test/support/iati-files';
import { percentagesOf, toIatiActivities, yearlyBudgets, type IatiPlan } from './iati-export';
import { fromIatiActivities } from './iati-import';
import { parseIatiDocument, childrenOf, childOf } from './iati-xml';

const GENERATED = new Date('2026-11-25T13:00:00Z');

function plan(id: string, lead: string, input: Partial<PlanContentInput>): IatiPlan {
  return {
    id,
    leadPartnerCode: lead,
    updatedAt: new Date('2026-11-20T10:00:00Z'),
    content: canonicalPlanContent({
      title: 'Community policing',
      countries: ['HN'],
      goals: ['SAFE_STREETS'],
      period: { start: '2027-01-01', end: '2028-12-31' },
      activities: [{ title: 'Precincts', country: 'HN', sector: '15132', budget: { amount: '1500000', currency: 'USD' } }],
      budget: { amount: '1500000', currency: 'USD' },
      ...input,
    }),
  };
}

const US_PLAN = plan('0192f5c0-0000-7000-8000-000000000001', 'US', {
  title: 'Border & port security <phase 2>',
  summary: 'Scanners for "Puerto Cortés" and Santo Tomás',
  countries: ['HN', 'GT'],
  goals: ['DISRUPT_TRAFFICKING', 'REGIONAL_COOPERATION', 'SAFE_STREETS'],
  escaComponents: ['COMBAT_CRIME'],
  period: { start: '2027-03-01', end: '2029-08-31' },
  participants: [
    { partnerCode: 'GOV-HN', role: 'IMPLEMENTING' },
    { partnerCode: 'GOV-GT', role: 'IMPLEMENTING' },
    { partnerCode: 'CA', role: 'FUNDING' },
  ],
  activities: [
    { title: 'Scanners HN', country: 'HN', sector: '16063', budget: { amount: '2000000.00', currency: 'USD' } },
    { title: 'Scanners GT', country: 'GT', sector: '16063', budget: { amount: '1000000.00', currency: 'USD' } },
    { title: 'Border police', country: null, sector: '15210', budget: { amount: '1000000.01', currency: 'USD' } },
  ],
  budget: { amount: '4000000.01', currency: 'USD' },
  indicators: [
    { name: 'Containers scanned', unit: 'percent', baseline: '12.5', target: '60', targetDate: '2029-06-30' },
    { name: 'Seizures', unit: 'count', baseline: null, target: '40', targetDate: null },
    { name: 'Agreements signed', unit: null, baseline: '0', target: null, targetDate: null },
  ],
  coFunds: ['0192f5c0-0000-7000-8000-000000000002'],
});

const SICA_PLAN = plan('0192f5c0-0000-7000-8000-000000000002', 'SICA', {
  countries: ['SV'],
  activities: [{ title: 'Youth centres', sector: '15220', budget: { amount: '300000', currency: 'EUR' } }],
  budget: { amount: '300000', currency: 'EUR' },
});

const exported = toIatiActivities([US_PLAN, SICA_PLAN], SEEDED_PARTNERS, GENERATED);
const activities = childrenOf(parseIatiDocument(exported), 'iati-activity');
const attrs = (name: string, index = 0) => childrenOf(activities[index], name).map((item) => Object.fromEntries(item.attrs));

describeWithXmllint('the IATI export', () => {
  it('validates against the IATI 2.03 schema', () => {
    const { valid, output } = validateIati(exported);
    expect(output).toMatch(/validates/);
    expect(valid).toBe(true);
  });

  it('an empty portfolio is a document without activities, which the schema refuses (it wants one)', () => {
    const empty = toIatiActivities([], SEEDED_PARTNERS, GENERATED);
    expect(childrenOf(parseIatiDocument(empty), 'iati-activity')).toEqual([]);
    expect(validateIati(empty).output).toMatch(/Missing child element\(s\)\. Expected is \( iati-activity \)/);
  });
});

describe('toIatiActivities', () => {
  it('identifies each plan by its lead’s IATI reference, or XI-ACCORD-<code> without one', () => {
    expect(activities.map((item) => childOf(item, 'iati-identifier')!.text)).toEqual([`US-GOV-1-${US_PLAN.id}`, `XI-ACCORD-SICA-${SICA_PLAN.id}`]);
    expect(attrs('reporting-org')).toEqual([{ ref: 'US-GOV-1', type: '10' }]);
    expect(attrs('reporting-org', 1)).toEqual([{ ref: 'XI-ACCORD-SICA', type: '40' }]);
  });

  it('escapes text and lists participating organisations with their roles, the lead as funder', () => {
    expect(exported).toContain('<narrative>Border &amp; port security &lt;phase 2&gt;</narrative>');
    expect(childOf(childOf(activities[0], 'description'), 'narrative')!.text).toBe('Scanners for "Puerto Cortés" and Santo Tomás');
    expect(attrs('participating-org')).toEqual([
      { ref: 'US-GOV-1', type: '10', role: '1' },
      { ref: 'XI-ACCORD-GOV-HN', type: '10', role: '4' },
      { ref: 'XI-ACCORD-GOV-GT', type: '10', role: '4' },
      { ref: 'XI-ACCORD-CA', type: '10', role: '1' },
    ]);
    expect(attrs('participating-org', 1)).toEqual([{ ref: 'XI-ACCORD-SICA', type: '40', role: '2' }]);
  });

  it('writes a character XML cannot hold, stored before the API refused it, as U+FFFD, and stays well-formed', () => {
    const stored = plan('0192f5c0-0000-7000-8000-000000000003', 'ES', { title: 'Fish\u0001 & chips\u000b', summary: 'Half a pair \uD800 here' });
    const xml = toIatiActivities([stored], SEEDED_PARTNERS, GENERATED);
    const [activity] = childrenOf(parseIatiDocument(xml), 'iati-activity');
    expect(childOf(childOf(activity, 'title'), 'narrative')!.text).toBe('Fish\uFFFD & chips\uFFFD');
    expect(childOf(childOf(activity, 'description'), 'narrative')!.text).toBe('Half a pair \uFFFD here');
  });

  it('states the activity as in implementation, with its planned dates', () => {
    expect(attrs('activity-status')).toEqual([{ code: '2' }]);
    expect(attrs('activity-date')).toEqual([
      { type: '1', 'iso-date': '2027-03-01' },
      { type: '3', 'iso-date': '2029-08-31' },
    ]);
  });

  it('shares countries and DAC sectors by activity budgets, and goals and ESCA components evenly, 100 per vocabulary', () => {
    expect(attrs('recipient-country')).toEqual([
      { code: 'HN', percentage: '62.5' },
      { code: 'GT', percentage: '37.5' },
    ]);
    expect(attrs('sector')).toEqual([
      { vocabulary: '1', code: '16063', percentage: '75' },
      { vocabulary: '1', code: '15210', percentage: '25' },
      { vocabulary: '99', 'vocabulary-uri': 'urn:accord:vocabulary:carsi-goal', code: 'DISRUPT_TRAFFICKING', percentage: '33.34' },
      { vocabulary: '99', 'vocabulary-uri': 'urn:accord:vocabulary:carsi-goal', code: 'REGIONAL_COOPERATION', percentage: '33.33' },
      { vocabulary: '99', 'vocabulary-uri': 'urn:accord:vocabulary:carsi-goal', code: 'SAFE_STREETS', percentage: '33.33' },
      { vocabulary: '98', 'vocabulary-uri': 'urn:accord:vocabulary:esca-component', code: 'COMBAT_CRIME', percentage: '100' },
    ]);
  });

  it('budgets by periods of at most a year, adding up to the plan’s budget', () => {
    const budgets = childrenOf(activities[0], 'budget').map((budget) => [
      childOf(budget, 'period-start')!.attrs.get('iso-date'),
      childOf(budget, 'period-end')!.attrs.get('iso-date'),
      childOf(budget, 'value')!.text,
      childOf(budget, 'value')!.attrs.get('currency'),
    ]);
    expect(budgets).toEqual([
      ['2027-03-01', '2028-02-29', '1600000.01', 'USD'],
      ['2028-03-01', '2029-02-28', '1595628.42', 'USD'],
      ['2029-03-01', '2029-08-31', '804371.58', 'USD'],
    ]);
    expect(activities[1].attrs.get('default-currency')).toBe('EUR');
  });

  it('links only co-funded plans published in the same document: any other may be hidden from the reader', () => {
    const alone = childrenOf(parseIatiDocument(toIatiActivities([US_PLAN], SEEDED_PARTNERS, GENERATED)), 'iati-activity');
    expect(childrenOf(alone[0], 'related-activity')).toEqual([]);
  });

  it('links co-funded plans and writes indicators as one outcome result', () => {
    expect(attrs('related-activity')).toEqual([{ ref: `XI-ACCORD-SICA-${SICA_PLAN.id}`, type: '4' }]);
    const indicators = childrenOf(childOf(activities[0], 'result'), 'indicator');
    expect(indicators.map((indicator) => indicator.attrs.get('measure'))).toEqual(['2', '1', '1']);
    expect(indicators.map((indicator) => Object.fromEntries(childOf(indicator, 'baseline')?.attrs ?? []))).toEqual([{ year: '2027', 'iso-date': '2027-03-01', value: '12.5' }, {}, { year: '2027', 'iso-date': '2027-03-01', value: '0' }]);
    expect(indicators.map((indicator) => childOf(childOf(indicator, 'period'), 'period-end')?.attrs.get('iso-date'))).toEqual(['2029-06-30', '2029-08-31', undefined]);
  });

  it('round-trips through the importer: titles, countries, goals, sectors, budgets and periods', () => {
    const imported = fromIatiActivities(exported, seededIatiReference()).activities;
    expect(imported.map((item) => item.skipped)).toEqual([undefined, undefined]);
    imported.forEach((item, index) => {
      const original = [US_PLAN, SICA_PLAN][index].content;
      const copy = canonicalPlanContent(item.plan!);
      expect(copy).toMatchObject({ title: original.title, summary: original.summary ?? original.title, period: original.period, budget: original.budget, goals: original.goals, escaComponents: original.escaComponents });
      expect([...copy.countries].sort()).toEqual([...original.countries].sort());
      expect(new Set(copy.activities.map((activity) => activity.sector))).toEqual(new Set(original.activities.map((activity) => activity.sector)));
    });
    expect(imported[0].plan!.participants).toEqual([
      { partnerCode: 'GOV-HN', role: 'IMPLEMENTING' },
      { partnerCode: 'GOV-GT', role: 'IMPLEMENTING' },
      { partnerCode: 'CA', role: 'FUNDING' },
      { partnerCode: 'US', role: 'FUNDING' },
    ].sort((a, b) => (a.partnerCode === 'US' ? -1 : b.partnerCode === 'US' ? 1 : 0)));
    expect(imported[0].plan!.indicators).toEqual([
      { name: 'Containers scanned', unit: 'percent', baseline: '12.5', target: '60', targetDate: '2029-06-30' },
      { name: 'Seizures', unit: null, baseline: null, target: '40', targetDate: '2029-08-31' },
      { name: 'Agreements signed', unit: null, baseline: '0', target: null, targetDate: null },
    ]);
  });
});

describe('percentagesOf', () => {
  it('always adds up to 100 with two places', () => {
    expect(percentagesOf([1, 1, 1])).toEqual(['33.34', '33.33', '33.33']);
    expect(percentagesOf([0, 0])).toEqual(['50', '50']);
    expect(percentagesOf([2, 1, 1, 0])).toEqual(['50', '25', '25', '0']);
  });
});

describe('yearlyBudgets', () => {
  it('keeps a period of a year or less whole', () => {
    expect(yearlyBudgets(plan('p', 'US', { period: { start: '2027-01-01', end: '2027-12-31' } }).content)).toEqual([{ start: '2027-01-01', end: '2027-12-31', amount: '1500000.00' }]);
  });
});
