import { canonicalPlanContent, type PlanContent, type PlanContentInput } from '../domain/plan-content';
import type { CheckedPlan } from './check';
import { checkOverlap, overlapCountries, overlapFootprint, overlapProfile, overlapScore, overlapTopics, withLaterOverlap, type OverlapCandidate, type OverlapScore } from './overlap.check';

type ActivityInput = PlanContentInput['activities'][number];

function content(overrides: Partial<PlanContentInput> = {}): PlanContent {
  return canonicalPlanContent({
    title: 'Community policing in San Pedro Sula',
    summary: 'Model police precincts and youth outreach in three high-crime neighbourhoods.',
    countries: ['HN'],
    goals: ['SAFE_STREETS', 'STATE_PRESENCE'],
    programAreas: ['PREVENTION'],
    period: { start: '2027-01-01', end: '2028-12-31' },
    activities: [activity()],
    budget: { amount: '1500000', currency: 'USD' },
    ...overrides,
  });
}

function activity(overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    title: 'Model precincts',
    description: 'Train and equip three community police units.',
    country: 'HN',
    sector: '15132',
    budget: { amount: '1500000', currency: 'USD' },
    ...overrides,
  };
}

/** A plan about something else entirely: no word in common with the default one. */
const unrelatedText: Partial<PlanContentInput> = {
  title: 'Maritime interdiction',
  summary: 'Coast guard patrol boats.',
  activities: [activity({ title: 'Radar', description: 'Coastal radar stations.' })],
};

const subject = (overrides: Partial<PlanContentInput> = {}): CheckedPlan => ({ id: 'plan-subject', version: 1, leadPartnerCode: 'US', content: content(overrides) });
const candidate = (id: string, leadPartnerCode: string, overrides: Partial<PlanContentInput> = {}): OverlapCandidate => ({ id, leadPartnerCode, profile: overlapProfile(content(overrides)) });
const options = { warningThreshold: 60 };

describe('overlapTopics', () => {
  it('keys each activity sector and each program area once, ignoring activities without a sector', () => {
    const plan = content({
      programAreas: ['PREVENTION', 'LAW_ENFORCEMENT', 'PREVENTION'],
      activities: [activity({ sector: '15132' }), activity({ sector: '16063' }), activity({ sector: '15132' }), activity({ sector: null })],
    });
    expect(overlapTopics(plan)).toEqual(['area:LAW_ENFORCEMENT', 'area:PREVENTION', 'sector:15132', 'sector:16063']);
  });

  it('is empty for a plan with neither sectors nor program areas', () => {
    expect(overlapTopics(content({ programAreas: [], activities: [activity({ sector: null })] }))).toEqual([]);
  });
});

describe('overlapCountries', () => {
  it('sorts the plan and activity countries, each once', () => {
    const plan = content({ countries: ['HN', 'GT'], activities: [activity({ country: 'SV' }), activity({ country: 'HN' }), activity({ country: null })] });
    expect(overlapCountries(plan)).toEqual(['GT', 'HN', 'SV']);
  });
});

describe('overlapProfile', () => {
  it('keeps what the check compares: countries, sectors, program areas, period and weighted terms', () => {
    const plan = content({
      title: 'Policing policing',
      summary: 'Precincts and the plan',
      programAreas: ['PREVENTION', 'LAW_ENFORCEMENT', 'PREVENTION'],
      activities: [activity({ title: 'Precinct', description: null, country: 'GT', sector: '16063' }), activity({ title: 'Patrols', description: null })],
    });
    expect(overlapProfile(plan)).toEqual({
      countries: ['GT', 'HN'],
      sectors: ['15132', '16063'],
      programAreas: ['LAW_ENFORCEMENT', 'PREVENTION'],
      period: { start: '2027-01-01', end: '2028-12-31' },
      terms: [
        ['patrol', 2],
        ['policing', 4],
        ['precinct', 3],
      ],
    });
  });

  it('scores the same after a round trip through JSON, as the portfolio index stores it', () => {
    const stored = (id: string, lead: string, overrides: Partial<PlanContentInput>): OverlapCandidate => {
      const { profile } = candidate(id, lead, overrides);
      return { id, leadPartnerCode: lead, profile: JSON.parse(JSON.stringify(profile)) };
    };
    const overrides: Partial<PlanContentInput>[] = [{}, unrelatedText, { countries: ['HN', 'GT'], period: { start: '2028-01-01', end: '2030-12-31' } }];
    const fresh = overrides.map((override, index) => candidate(`plan-${index}`, 'EU', override));
    const roundTripped = overrides.map((override, index) => stored(`plan-${index}`, 'EU', override));
    expect(checkOverlap(subject(), roundTripped, { warningThreshold: 60, infoThreshold: 1 })).toEqual(checkOverlap(subject(), fresh, { warningThreshold: 60, infoThreshold: 1 }));
  });
});

describe('overlapFootprint', () => {
  it('crosses the plan and activity countries with the topics, each pair once', () => {
    const plan = content({ countries: ['HN', 'GT'], activities: [activity({ country: 'SV' }), activity({ country: 'HN' }), activity({ country: null })] });
    expect(overlapFootprint(plan)).toEqual([
      { country: 'GT', topic: 'area:PREVENTION' },
      { country: 'GT', topic: 'sector:15132' },
      { country: 'HN', topic: 'area:PREVENTION' },
      { country: 'HN', topic: 'sector:15132' },
      { country: 'SV', topic: 'area:PREVENTION' },
      { country: 'SV', topic: 'sector:15132' },
    ]);
  });

  it('is empty for a plan without topics, which can overlap nothing', () => {
    expect(overlapFootprint(content({ programAreas: [], activities: [activity({ sector: null })] }))).toEqual([]);
  });
});

describe('overlapScore', () => {
  it('is 100 for the same plan, with everything shared', () => {
    expect(overlapScore(content(), content())).toEqual({
      score: 100,
      sharedCountries: ['HN'],
      sharedSectors: ['15132'],
      sharedProgramAreas: ['PREVENTION'],
      overlappingPeriod: { start: '2027-01-01', end: '2028-12-31' },
    });
  });

  it('is the same both ways', () => {
    const a = content({ countries: ['HN', 'GT'], period: { start: '2027-06-01', end: '2029-12-31' } });
    const b = content({ ...unrelatedText, programAreas: ['PREVENTION', 'LAW_ENFORCEMENT'] });
    expect(overlapScore(a, b).score).toBe(overlapScore(b, a).score);
  });

  describe('weights', () => {
    it('gives plans sharing everything but words 45: 0.15 countries + 0.20 topics + 0.10 period', () => {
      expect(overlapScore(content(), content(unrelatedText)).score).toBe(45);
    });

    it('counts countries by Jaccard: one shared of three adds 5', () => {
      expect(overlapScore(content({ countries: ['HN', 'GT', 'SV'] }), content(unrelatedText)).score).toBe(35);
    });

    it('counts topics, sectors and program areas together, by Jaccard', () => {
      const b = content({ ...unrelatedText, programAreas: ['LAW_ENFORCEMENT'] });
      expect(overlapScore(content(), b)).toMatchObject({ score: 32, sharedSectors: ['15132'], sharedProgramAreas: [] });
    });

    it('counts the period by the days both run over the days of the shorter', () => {
      const a = content({ period: { start: '2027-01-01', end: '2027-12-31' } });
      const b = content({ ...unrelatedText, period: { start: '2027-07-01', end: '2029-12-31' } });
      // 184 of 365 days: 35 + 10 × 184 / 365 = 40.04
      expect(overlapScore(a, b)).toMatchObject({ score: 40, overlappingPeriod: { start: '2027-07-01', end: '2027-12-31' } });
    });

    it('counts a period sharing only its last day as overlapping', () => {
      const b = content({ period: { start: '2028-12-31', end: '2030-12-31' } });
      expect(overlapScore(content(), b)).toMatchObject({ score: 90, overlappingPeriod: { start: '2028-12-31', end: '2028-12-31' } });
    });
  });

  describe('is 0, however alike the words', () => {
    it('without a shared country, activity countries included', () => {
      const score = overlapScore(content({ countries: ['HN'] }), content({ countries: ['GT'], activities: [activity({ country: 'GT' })] }));
      expect(score).toMatchObject({ score: 0, sharedCountries: [] });
    });

    it('without a shared sector or program area', () => {
      const b = content({ programAreas: ['JUSTICE_CAPACITY'], activities: [activity({ sector: '15130' })] });
      expect(overlapScore(content(), b)).toMatchObject({ score: 0, sharedSectors: [], sharedProgramAreas: [] });
    });

    it('when the periods are disjoint', () => {
      const b = content({ period: { start: '2029-01-01', end: '2030-12-31' } });
      expect(overlapScore(content(), b)).toMatchObject({ score: 0, sharedCountries: ['HN'], overlappingPeriod: null });
    });
  });

  it('shares a country through an activity in it', () => {
    const a = content({ countries: ['HN'], activities: [activity({ country: 'GT' })] });
    const b = content({ countries: ['GT'], activities: [activity({ country: 'GT' })] });
    expect(overlapScore(a, b)).toMatchObject({ sharedCountries: ['GT'] });
    expect(overlapScore(a, b).score).toBeGreaterThan(0);
  });

  describe('text', () => {
    it('ignores case, accents and plural endings, in English and Spanish', () => {
      const a = content({ title: 'Policía comunitaria', summary: 'Prevención de la violencia juvenil', activities: [activity({ title: 'Comisarías modelo', description: null })] });
      const b = content({ title: 'POLICIAS COMUNITARIAS', summary: 'prevencion, violencia juvenil', activities: [activity({ title: 'comisaria modelos', description: null })] });
      expect(overlapScore(a, b).score).toBe(100);
    });

    it('ignores stopwords, short tokens, punctuation and the words every plan uses about itself', () => {
      const a = content({ title: 'The training of police officers', summary: 'A plan for the project.', activities: [activity({ title: 'Training', description: null })] });
      const b = content({ title: 'Training police officers', summary: 'Programa del proyecto: actividades.', activities: [activity({ title: 'training!', description: null })] });
      expect(overlapScore(a, b).score).toBe(100);
    });

    it('scores plans with partly shared wording between unrelated and identical', () => {
      const b = content({ title: 'Community policing in Tegucigalpa', summary: 'Coast guard patrol boats.' });
      const { score } = overlapScore(content(), b);
      expect(score).toBeGreaterThan(overlapScore(content(), content(unrelatedText)).score);
      expect(score).toBeLessThan(100);
    });

    it('treats plans with no words at all as sharing no text', () => {
      const empty = { title: 'of', summary: null, activities: [activity({ title: 'la', description: null })] };
      expect(overlapScore(content(empty), content(empty)).score).toBe(45);
    });
  });
});

describe('checkOverlap', () => {
  it('passes with score 0 when there are no candidates', () => {
    expect(checkOverlap(subject(), [], options)).toEqual({ status: 'passed', score: 0, findings: [] });
  });

  describe('a near-identical plan of another donor', () => {
    const other = candidate('plan-eu', 'EU', { summary: 'Model police stations and youth outreach in three neighbourhoods with high crime.' });

    it('is a warning with a high score, naming the plan and what is shared', () => {
      const outcome = checkOverlap(subject(), [other], options);
      expect(outcome.status).toBe('warning');
      expect(outcome.score).toBeGreaterThanOrEqual(90);
      expect(outcome.findings).toEqual([
        {
          code: 'OVERLAP',
          severity: 'warning',
          message: expect.stringContaining(`Plan plan-eu overlaps this plan (score ${outcome.score} of 100)`),
          relatedPlanId: 'plan-eu',
          related: {
            score: outcome.score,
            sharedCountries: ['HN'],
            sharedSectors: ['15132'],
            sharedProgramAreas: ['PREVENTION'],
            overlappingPeriod: { start: '2027-01-01', end: '2028-12-31' },
          },
        },
      ]);
    });

    it('is only info when this plan already co-funds it', () => {
      const outcome = checkOverlap(subject({ coFunds: ['plan-eu'] }), [other], options);
      expect(outcome.status).toBe('passed');
      expect(outcome.findings).toEqual([expect.objectContaining({ severity: 'info', relatedPlanId: 'plan-eu', message: expect.stringContaining('already supersedes or co-funds') })]);
    });

    it('is only info when this plan supersedes it', () => {
      expect(checkOverlap(subject({ supersedes: ['plan-eu'] }), [other], options).findings[0].severity).toBe('info');
    });
  });

  it('ignores candidates led by the same partner', () => {
    expect(checkOverlap(subject(), [candidate('plan-us-2', 'US')], options)).toEqual({ status: 'passed', score: 0, findings: [] });
  });

  it('ignores the plan itself among the candidates', () => {
    expect(checkOverlap(subject(), [candidate('plan-subject', 'EU')], options).findings).toEqual([]);
  });

  it('reports a candidate that comes twice once', () => {
    expect(checkOverlap(subject(), [candidate('plan-eu', 'EU'), candidate('plan-eu', 'EU')], options).findings).toHaveLength(1);
  });

  it('reports nothing for unrelated plans', () => {
    const candidates = [
      candidate('plan-gt', 'EU', { countries: ['GT'], activities: [activity({ country: 'GT' })] }),
      candidate('plan-courts', 'CA', { programAreas: ['JUSTICE_CAPACITY'], activities: [activity({ sector: '15130' })] }),
    ];
    expect(checkOverlap(subject(), candidates, options)).toEqual({ status: 'passed', score: 0, findings: [] });
  });

  it('reports nothing for the same plan in a disjoint period', () => {
    const later = candidate('plan-later', 'EU', { period: { start: '2029-01-01', end: '2030-12-31' } });
    expect(checkOverlap(subject(), [later], options)).toEqual({ status: 'passed', score: 0, findings: [] });
  });

  describe('thresholds', () => {
    const sameTopicOtherWords = candidate('plan-ca', 'CA', unrelatedText);

    it('reports a score between the info and warning thresholds as info', () => {
      const outcome = checkOverlap(subject(), [sameTopicOtherWords], options);
      expect(outcome).toMatchObject({ status: 'passed', score: 45, findings: [{ severity: 'info', relatedPlanId: 'plan-ca', message: expect.stringContaining('may overlap') }] });
    });

    it('warns from the warning threshold on, inclusive', () => {
      expect(checkOverlap(subject(), [sameTopicOtherWords], { warningThreshold: 45 }).findings[0].severity).toBe('warning');
    });

    it('keeps a score below the info threshold out of the findings but in the outcome score', () => {
      expect(checkOverlap(subject(), [sameTopicOtherWords], { warningThreshold: 60, infoThreshold: 46 })).toEqual({ status: 'passed', score: 45, findings: [] });
    });

    it('reports from 30 when no info threshold is given', () => {
      const partialContent: Partial<PlanContentInput> = { ...unrelatedText, programAreas: ['LAW_ENFORCEMENT'], countries: ['HN', 'GT', 'SV'] };
      const partial = candidate('plan-partial', 'CA', partialContent);
      const { score } = overlapScore(subject().content, content(partialContent));
      expect(score).toBeLessThan(30);
      expect(score).toBeGreaterThan(0);
      expect(checkOverlap(subject(), [partial], options)).toEqual({ status: 'passed', score, findings: [] });
    });
  });

  it('sorts the findings by score, highest first, and keeps at most 20', () => {
    const candidates = [
      ...Array.from({ length: 22 }, (_, index) => candidate(`plan-low-${String(index).padStart(2, '0')}`, 'CA', unrelatedText)),
      candidate('plan-high', 'EU'),
      candidate('plan-mid', 'MX', { ...unrelatedText, title: 'Community policing' }),
    ];
    const outcome = checkOverlap(subject(), candidates, options);
    expect(outcome.findings).toHaveLength(20);
    expect(outcome.findings.slice(0, 3).map((finding) => finding.relatedPlanId)).toEqual(['plan-high', 'plan-mid', 'plan-low-00']);
    const scores = outcome.findings.map((finding) => finding.related?.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(outcome.score).toBe(100);
  });

  it('never puts the other plan\u2019s content in a message', () => {
    const secret = candidate('plan-secret', 'EU', {
      title: 'Operation Quetzal Nightfall',
      summary: 'Covert informant network around Puerto Barrios.',
      countries: ['HN', 'GT'],
      activities: [activity({ title: 'Informant stipends', description: 'Payments to Quetzal sources.' }), activity({ country: 'GT' })],
    });
    const inSubjectWords = candidate('plan-echo', 'CA', { title: 'Community policing in San Pedro Sula: Quetzal precincts' });
    const outcome = checkOverlap(subject(), [secret, inSubjectWords], { warningThreshold: 60, infoThreshold: 1 });
    expect(outcome.findings.map((finding) => finding.relatedPlanId).sort()).toEqual(['plan-echo', 'plan-secret']);
    for (const { message } of outcome.findings) {
      expect(message).not.toMatch(/quetzal|nightfall|informant|barrios|stipend|payment|GT|15132|PREVENTION|2027|2028/i);
    }
  });
});

describe('withLaterOverlap', () => {
  const earlier = (overrides: Partial<PlanContentInput> = {}): CheckedPlan => ({ id: 'plan-earlier', version: 1, leadPartnerCode: 'US', content: content(overrides) });
  const asCandidate = (plan: CheckedPlan): OverlapCandidate => ({ id: plan.id, leadPartnerCode: plan.leadPartnerCode, profile: overlapProfile(plan.content) });
  const later = (id: string, leadPartnerCode: string, overrides: Partial<PlanContentInput> = {}): CheckedPlan => ({ id, version: 1, leadPartnerCode, content: content(overrides) });
  /** What the later plan's own check says of the earlier one. */
  const toldBy = (plan: CheckedPlan, about: CheckedPlan) => checkOverlap(plan, [asCandidate(about)], options).findings.find((finding) => finding.relatedPlanId === about.id)!;

  it('gives the earlier plan the result a full check would give it now that the later plan exists', () => {
    const subjectPlan = earlier();
    const existing = [candidate('plan-mid', 'MX', { ...unrelatedText, title: 'Community policing' }), candidate('plan-low', 'CA', unrelatedText)];
    const before = checkOverlap(subjectPlan, existing, options);
    const newcomer = later('plan-new', 'EU', { title: 'Community policing in San Pedro Sula, phase two' });
    const finding = toldBy(newcomer, subjectPlan);

    const told = withLaterOverlap(before, newcomer.id, finding.related as OverlapScore, options, false);

    expect(told).toEqual(checkOverlap(subjectPlan, [...existing, asCandidate(newcomer)], options));
    expect(told.status).toBe('warning');
    expect(told.findings[0]).toMatchObject({ relatedPlanId: 'plan-new', severity: 'warning' });
  });

  it('keeps the earlier plan\u2019s view of a plan it supersedes or co-funds as info', () => {
    const subjectPlan = earlier({ coFunds: ['plan-new'] });
    const newcomer = later('plan-new', 'EU');
    const told = withLaterOverlap(checkOverlap(subjectPlan, [], options), newcomer.id, toldBy(newcomer, subjectPlan).related as OverlapScore, options, true);
    expect(told).toEqual(checkOverlap(subjectPlan, [asCandidate(newcomer)], options));
    expect(told).toMatchObject({ status: 'passed', findings: [{ severity: 'info', relatedPlanId: 'plan-new' }] });
  });

  it('replaces a finding that already names the later plan instead of adding a second', () => {
    const subjectPlan = earlier();
    const newcomer = later('plan-new', 'EU');
    const once = withLaterOverlap(checkOverlap(subjectPlan, [], options), newcomer.id, toldBy(newcomer, subjectPlan).related as OverlapScore, options, false);
    expect(withLaterOverlap(once, newcomer.id, toldBy(newcomer, subjectPlan).related as OverlapScore, options, false)).toEqual(once);
  });

  it('keeps at most 20 findings, the lowest dropped, and a CHECK_ERROR on top', () => {
    const failed = { status: 'failed' as const, findings: [{ code: 'CHECK_ERROR', severity: 'error' as const, message: 'the overlap check could not run' }] };
    let told: ReturnType<typeof withLaterOverlap> = failed;
    for (let index = 0; index < 25; index += 1) {
      told = withLaterOverlap(told, `plan-${String(index).padStart(2, '0')}`, { score: 40 + index, sharedCountries: ['HN'], sharedSectors: ['15132'], sharedProgramAreas: [], overlappingPeriod: { start: '2027-01-01', end: '2027-12-31' } }, options, false);
    }
    expect(told.status).toBe('failed');
    expect(told.score).toBe(64);
    expect(told.findings).toHaveLength(20);
    expect(told.findings[0].code).toBe('CHECK_ERROR');
    expect(told.findings.slice(1).map((finding) => finding.related?.score)).toEqual(Array.from({ length: 19 }, (_, index) => 64 - index));
  });

  it('reports nothing below the info threshold, but keeps the highest score', () => {
    const told = withLaterOverlap({ status: 'passed', score: 10, findings: [] }, 'plan-new', { score: 20, sharedCountries: ['HN'], sharedSectors: ['15132'], sharedProgramAreas: [], overlappingPeriod: { start: '2027-01-01', end: '2027-12-31' } }, options, false);
    expect(told).toEqual({ status: 'passed', score: 20, findings: [] });
  });
});
