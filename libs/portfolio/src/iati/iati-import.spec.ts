import { canonicalPlanContent, Money } from '@accord/action-plans';
import { IATI_FILES, readIatiFile, seededIatiReference } from '../../../../test/support/iati-files';
import { fromIatiActivities, type ImportedIatiActivity } from './iati-import';

const reference = seededIatiReference();
const read = (xml: string) => fromIatiActivities(xml, reference).activities;
const codes = (activity: ImportedIatiActivity | undefined) => activity?.problems.map((problem) => problem.code) ?? [];

/** A minimal 2.03 document around the given activities. */
const doc = (...activities: string[]) => `<?xml version="1.0"?><iati-activities version="2.03">${activities.join('')}</iati-activities>`;
const activity = (id: string, body: string) => `<iati-activity default-currency="USD"><iati-identifier>${id}</iati-identifier>${body}</iati-activity>`;
const basics = (overrides: { countries?: string; sectors?: string; budgets?: string; dates?: string } = {}) =>
  [
    '<title><narrative xml:lang="fr">Police de proximité</narrative><narrative xml:lang="es">Policía comunitaria</narrative><narrative xml:lang="en">Community policing</narrative></title>',
    '<description type="1"><narrative>Model precincts &amp; youth outreach</narrative></description>',
    overrides.dates ?? '<activity-date type="1" iso-date="2027-01-01"/><activity-date type="3" iso-date="2028-12-31"/>',
    overrides.countries ?? '<recipient-country code="HN"/>',
    overrides.sectors ?? '<sector vocabulary="1" code="15132" percentage="100"/>',
    overrides.budgets ??
      '<budget type="1"><period-start iso-date="2027-01-01"/><period-end iso-date="2027-12-31"/><value currency="USD" value-date="2027-01-01">1000000</value></budget>',
  ].join('');

/** Content a draft can be made of: what the API would accept, and activity budgets adding up to the total. */
function expectValidDraft(item: ImportedIatiActivity): void {
  const content = canonicalPlanContent(item.plan!);
  expect(content.title.length).toBeGreaterThan(0);
  expect(content.title.length).toBeLessThanOrEqual(300);
  expect(content.goals.length).toBeGreaterThan(0);
  expect(content.countries.every((country) => reference.countries.has(country))).toBe(true);
  expect(content.activities.length).toBeGreaterThan(0);
  expect(content.activities.every((entry) => entry.sector === null || reference.sectors.has(entry.sector))).toBe(true);
  const sum = content.activities.reduce((total, entry) => total.add(Money.of(entry.budget!.amount, entry.budget!.currency)), Money.zero(content.budget.currency));
  expect(sum.amount).toBe(content.budget.amount);
}

describe('fromIatiActivities', () => {
  describe('the shared files', () => {
    it.each([
      ['activity-standard-example-annotated.xml', 1, []],
      [
        'bcie-2025-12-18.xml',
        92,
        ['XM-DAC-46007-500744', 'XM-DAC-46007-302457', 'XM-DAC-46007-500459', 'XM-DAC-46007-302253', 'XM-DAC-46007-500189', 'XM-DAC-46007-302443'],
      ],
      ['worldbank-sv.xml', 13, ['44000-P117440']],
    ] as const)('%s: %i activities, drafts for the Central American ones with a CARSI goal', (name, total, drafts) => {
      const activities = read(readIatiFile(name));
      expect(activities).toHaveLength(total);
      expect(activities.filter((item) => item.plan).map((item) => item.iatiIdentifier)).toEqual(drafts);
      expect(activities.every((item) => (item.plan === undefined) === (item.skipped !== undefined))).toBe(true);
      activities.filter((item) => item.plan).forEach(expectValidDraft);
    });

    it('skips the example: its countries are AF and AG', () => {
      const [example] = read(readIatiFile(IATI_FILES[0]));
      expect(example.skipped).toBe('no recipient country in Central America: AF, AG');
    });

    it('BCIE: of 72 Central American activities (71 countries, 1 region) 6 carry a CARSI goal; 20 are elsewhere, RD named as no country code', () => {
      const activities = read(readIatiFile('bcie-2025-12-18.xml'));
      const outside = activities.filter((item) => item.skipped?.startsWith('no recipient country in Central America'));
      const goalless = activities.filter((item) => item.skipped?.startsWith('no CARSI goal'));
      expect(outside).toHaveLength(20);
      expect(goalless).toHaveLength(66);
      expect(outside.filter((item) => item.skipped!.includes('RD (not a country code)'))).toHaveLength(5);
      expect(goalless.find((item) => item.iatiIdentifier === 'XM-DAC-46007-501140')?.skipped).toMatch(/\(23630\)/);
    });

    it('BCIE: reports the real defects of its drafts', () => {
      const byId = new Map(read(readIatiFile('bcie-2025-12-18.xml')).map((item) => [item.iatiIdentifier, item]));
      const drafts = [...byId.values()].filter((item) => item.plan);
      for (const draft of drafts) expect(codes(draft)).toEqual(expect.arrayContaining(['MISSING_BUDGET', 'MISSING_END_DATE', 'GOALS_INFERRED', 'NO_FUNDING_ORGANISATION']));
      expect(codes(byId.get('XM-DAC-46007-500459'))).toEqual(expect.arrayContaining(['STATUS_CONTRADICTS_TRANSACTIONS', 'PERCENTAGE_TARGET_OVER_100', 'NO_BASELINE']));
      expect(byId.get('XM-DAC-46007-500189')?.problems).toContainEqual({ code: 'PERCENTAGE_TARGET_OVER_100', message: '"Efectos: Empleos temporales mujeres %" is a percentage with a target of 297' });
      expect(codes(byId.get('XM-DAC-46007-500744'))).toContain('INCONSISTENT_DATES');
    });

    it('BCIE: a draft from commitments, dated by its transactions', () => {
      const penitentiary = read(readIatiFile('bcie-2025-12-18.xml')).find((item) => item.iatiIdentifier === 'XM-DAC-46007-302253')!;
      expect(penitentiary.plan).toMatchObject({
        title: 'Programa de Fortalecimiento del Sistema Penitenciario en El Salvador',
        countries: ['SV'],
        goals: ['ACCOUNTABLE_GOVERNMENT'],
        period: { start: '2015-08-28', end: '2025-08-29' },
        budget: { amount: '71000000.00', currency: 'USD' },
        activities: [{ title: 'Legal and judicial development', country: 'SV', sector: '15130', budget: { amount: '71000000.00', currency: 'USD' } }],
      });
    });

    it('World Bank: revised budgets replace the originals, other vocabularies are reported', () => {
      const [draft] = read(readIatiFile('worldbank-sv.xml')).filter((item) => item.plan);
      expect(draft.plan).toMatchObject({
        title: 'Income Support and Employability Project',
        countries: ['SV'],
        goals: ['SAFE_STREETS', 'STATE_PRESENCE'],
        period: { start: '2009-11-24', end: '2016-08-31' },
        budget: { amount: '50000000.00', currency: 'USD' },
      });
      expect(draft.plan!.activities.map((entry) => [entry.sector, entry.budget!.amount])).toEqual([
        ['11330', '5500000.00'],
        [null, '25500000.00'],
        ['16020', '19000000.00'],
      ]);
      expect(codes(draft)).toEqual(expect.arrayContaining(['NON_DAC_SECTOR_VOCABULARY', 'UNKNOWN_SECTOR', 'UNKNOWN_ORGANISATION']));
    });
  });

  describe('one activity', () => {
    it('takes the English title, the general description, decoded text', () => {
      const [item] = read(doc(activity('XX-1', basics())));
      expect(item.plan).toMatchObject({ title: 'Community policing', summary: 'Model precincts & youth outreach', countries: ['HN'], goals: ['SAFE_STREETS', 'STATE_PRESENCE'] });
    });

    it('splits the budget by sector and country percentages, to the cent', () => {
      const [item] = read(
        doc(
          activity(
            'XX-2',
            basics({
              countries: '<recipient-country code="HN" percentage="60"/><recipient-country code="GT" percentage="40"/>',
              sectors: '<sector code="15132" percentage="66.67"/><sector code="16063" percentage="33.33"/>',
              budgets:
                '<budget><period-start iso-date="2027-01-01"/><period-end iso-date="2027-12-31"/><value value-date="2027-01-01">100.01</value></budget>',
            }),
          ),
        ),
      );
      expect(item.plan!.activities.map((entry) => [entry.title, entry.country, entry.sector, entry.budget!.amount])).toEqual([
        ['Police (HN)', 'HN', '15132', '40.01'],
        ['Police (GT)', 'GT', '15132', '26.67'],
        ['Narcotics control (HN)', 'HN', '16063', '20.00'],
        ['Narcotics control (GT)', 'GT', '16063', '13.33'],
      ]);
      expect(item.plan!.goals).toEqual(['DISRUPT_TRAFFICKING', 'SAFE_STREETS', 'STATE_PRESENCE']);
      expectValidDraft(item);
    });

    it('derives each activity’s ref from its sector and country, the same on every read, with a suffix for a pair that comes back', () => {
      const xml = doc(
        activity(
          'XX-2b',
          basics({
            countries: '<recipient-country code="HN" percentage="50"/><recipient-country code="GT" percentage="50"/>',
            sectors: '<sector code="15132" percentage="40"/><sector code="99999" percentage="30"/><sector code="15132" percentage="30"/>',
          }),
        ),
      );
      const refs = () => read(xml)[0].plan!.activities.map((entry) => entry.ref);
      expect(refs()).toEqual(['15132-HN', '15132-GT', 'OTHER-HN', 'OTHER-GT', '15132-HN-2', '15132-GT-2']);
      expect(refs()).toEqual(refs());
    });

    it('a Central America regional activity names the seven countries', () => {
      const [item] = read(doc(activity('XX-3', basics({ countries: '<recipient-region code="1032" vocabulary="1"/>' }))));
      expect(item.plan!.countries).toEqual(['BZ', 'CR', 'GT', 'HN', 'NI', 'PA', 'SV']);
      expect(codes(item)).toContain('REGIONAL_ACTIVITY');
    });

    it('leaves out countries outside the region and codes that are none', () => {
      const [item] = read(doc(activity('XX-4', basics({ countries: '<recipient-country code="HN"/><recipient-country code="MX"/><recipient-country code="RD"/>' }))));
      expect(item.plan!.countries).toEqual(['HN']);
      expect(codes(item)).toEqual(expect.arrayContaining(['UNKNOWN_COUNTRY', 'COUNTRY_OUTSIDE_REGION']));
    });

    it('reports percentages over 100 and sector percentages that do not add up', () => {
      const [item] = read(doc(activity('XX-5', basics({ sectors: '<sector code="15132" percentage="120"/><sector code="15130" percentage="30"/>' }))));
      expect(codes(item)).toEqual(expect.arrayContaining(['PERCENTAGE_OVER_100', 'PERCENTAGES_NOT_100']));
      expectValidDraft(item);
    });

    it('takes a percentage too large for a number as no percentage, and shares the budget equally', () => {
      const huge = `1${'0'.repeat(400)}`;
      const [item] = read(doc(activity('XX-5a', basics({ countries: `<recipient-country code="GT" percentage="${huge}"/><recipient-country code="HN" percentage="50"/>` }))));
      expect(codes(item)).toContain('INVALID_PERCENTAGE');
      expect(item.plan!.activities.map((entry) => [entry.country, entry.budget!.amount])).toEqual([
        ['GT', '500000.00'],
        ['HN', '500000.00'],
      ]);
      expectValidDraft(item);
    });

    it('shares the budget equally when percentages, each a number, add up past any number', () => {
      const huge = `1${'0'.repeat(308)}`;
      const sectors = `<sector code="15132" percentage="${huge}"/><sector code="15130" percentage="${huge}"/>`;
      const countries = `<recipient-country code="GT" percentage="${huge}"/><recipient-country code="HN" percentage="${huge}"/>`;
      const [item] = read(doc(activity('XX-5b', basics({ sectors, countries }))));
      expect(item.plan!.activities.map((entry) => [entry.sector, entry.country, entry.budget!.amount])).toEqual([
        ['15132', 'GT', '250000.00'],
        ['15132', 'HN', '250000.00'],
        ['15130', 'GT', '250000.00'],
        ['15130', 'HN', '250000.00'],
      ]);
      expectValidDraft(item);
    });

    it('skips an activity whose identifier is longer than 200 characters', () => {
      const [long, fine] = read(doc(activity(`XX-${'a'.repeat(12000)}`, basics()), activity(`XX-${'b'.repeat(197)}`, basics())));
      expect(long).toEqual({ iatiIdentifier: `XX-${'a'.repeat(37)}…`, problems: [], skipped: 'the iati-identifier is longer than 200 characters' });
      expect(fine.plan).toBeDefined();
    });

    it('keeps one currency of several, and refuses unknown currencies', () => {
      const budget = (currency: string, value: string) =>
        `<budget><period-start iso-date="2027-0${value.length}-01"/><period-end iso-date="2027-12-31"/><value currency="${currency}" value-date="2027-01-01">${value}</value></budget>`;
      const [mixed] = read(doc(activity('XX-6', basics({ budgets: budget('EUR', '10') + budget('USD', '200') + budget('XAU', '3000') }))));
      expect(mixed.plan!.budget).toEqual({ amount: '200.00', currency: 'USD' });
      expect(codes(mixed)).toEqual(expect.arrayContaining(['MIXED_CURRENCIES', 'UNKNOWN_CURRENCY']));
      const [unknown] = read(doc(activity('XX-7', basics({ budgets: budget('XAU', '10') }))));
      expect(unknown.skipped).toMatch(/no positive budget nor outgoing commitment/);
    });

    it('without an end date ends on its latest dated budget, reported', () => {
      const [item] = read(doc(activity('XX-8', basics({ dates: '<activity-date type="2" iso-date="2027-02-01"/>' }))));
      expect(item.plan!.period).toEqual({ start: '2027-02-01', end: '2027-12-31' });
      expect(codes(item)).toContain('MISSING_END_DATE');
    });

    it('reads goals and ESCA components from Accord’s own vocabularies', () => {
      const sectors =
        '<sector code="15130" percentage="100"/>' +
        '<sector vocabulary="99" vocabulary-uri="urn:accord:vocabulary:carsi-goal" code="REGIONAL_COOPERATION" percentage="100"/>' +
        '<sector vocabulary="98" vocabulary-uri="urn:accord:vocabulary:esca-component" code="COMBAT_CRIME" percentage="50"/>' +
        '<sector vocabulary="98" vocabulary-uri="urn:accord:vocabulary:esca-component" code="NOT_A_COMPONENT" percentage="50"/>';
      const [item] = read(doc(activity('XX-9', basics({ sectors }))));
      expect(item.plan).toMatchObject({ goals: ['REGIONAL_COOPERATION'], escaComponents: ['COMBAT_CRIME'] });
      expect(codes(item)).toEqual(['UNKNOWN_CODE']);
    });

    it('skips a cancelled activity, one without a goal, and a repeated identifier', () => {
      const activities = read(
        doc(
          activity('XX-10', `<activity-status code="5"/>${basics()}`),
          activity('XX-11', basics({ sectors: '<sector code="21020"/>' })),
          activity('XX-12', basics()),
          activity('XX-12', basics()),
        ),
      );
      expect(activities.map((item) => item.skipped)).toEqual([
        'the activity is cancelled (activity-status 5)',
        'no CARSI goal can be inferred from its DAC sectors (21020): a plan needs at least one',
        undefined,
        'the identifier appears earlier in the same file',
      ]);
    });

    it('reports indicator values that are not numbers, and keeps the numbers', () => {
      const result =
        '<result type="1"><title><narrative>Results</narrative></title>' +
        '<indicator measure="5"><title><narrative>Plan adopted</narrative></title><baseline year="2026" value="No"/><period><period-start iso-date="2027-01-01"/><period-end iso-date="2028-12-31"/><target value="Yes"/></period></indicator>' +
        '<indicator measure="1"><title><narrative>Officers trained</narrative></title><baseline year="2026" value="0.00"/><period><period-start iso-date="2027-01-01"/><period-end iso-date="2028-12-31"/><target value="+0450"/></period></indicator>' +
        '</result>';
      const [item] = read(doc(activity('XX-13', basics() + result)));
      expect(item.plan!.indicators).toEqual([
        { name: 'Plan adopted', unit: null, baseline: null, target: null, targetDate: '2028-12-31' },
        { name: 'Officers trained', unit: null, baseline: '0.00', target: '450', targetDate: '2028-12-31' },
      ]);
      expect(item.problems.filter((problem) => problem.code === 'NON_NUMERIC_VALUE')).toHaveLength(2);
    });
  });

  describe('hostile or foreign documents are refused, never expanded', () => {
    const refused = (xml: string, message: RegExp) => expect(() => read(xml)).toThrow(expect.objectContaining({ code: 'IATI.INVALID_DOCUMENT', message: expect.stringMatching(message) }));

    it('an entity expansion bomb', () => {
      const entities = Array.from({ length: 10 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`).join('');
      const bomb = `<?xml version="1.0"?><!DOCTYPE iati-activities [<!ENTITY lol0 "lol">${entities}]><iati-activities version="2.03">${activity('XX-1', `<title><narrative>&lol10;</narrative></title>${basics()}`)}</iati-activities>`;
      const started = Date.now();
      refused(bomb, /DOCTYPE/);
      expect(Date.now() - started).toBeLessThan(1000);
    });

    it('an external entity', () => {
      refused(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><iati-activities>&xxe;</iati-activities>`, /DOCTYPE/);
    });

    it('an undeclared entity is left as written, not resolved', () => {
      const [item] = read(doc(activity('XX-1', basics().replace('Community policing', 'Community &xxe; policing'))));
      expect(item.plan!.title).toBe('Community &xxe; policing');
    });

    it('nesting deeper than 100', () => {
      refused(doc(`${'<x>'.repeat(150)}${'</x>'.repeat(150)}`), /nested/i);
    });

    it('more than 10 MB', () => {
      refused(doc(`<!--${'x'.repeat(10 * 1024 * 1024)}-->`), /larger than 10 MB/);
    });

    it('malformed XML, another root, IATI 1.x', () => {
      refused('<iati-activities><iati-activity></iati-activities>', /not well-formed/);
      refused('<?xml version="1.0"?><html><body/></html>', /root element must be iati-activities, not html/);
      refused('<iati-activities version="1.05"></iati-activities>', /version 1.05/);
    });

    it('element names that would pollute prototypes', () => {
      refused(doc(activity('XX-1', `<__proto__><polluted>yes</polluted></__proto__>${basics()}`)), /could not be read/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});
