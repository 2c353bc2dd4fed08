import { canonicalPlanContent, type PlanContentInput } from '../domain/plan-content';
import { checkAlignment } from './alignment.check';
import type { CheckedPlan, CheckReferenceData, Finding } from './check';

/** DOMAIN.md's first sector → goal mapping, and a program-area mapping for the tests. */
const reference: CheckReferenceData = {
  sectorGoals: new Map([
    ['15132', ['SAFE_STREETS', 'STATE_PRESENCE']],
    ['15220', ['SAFE_STREETS']],
    ['15180', ['SAFE_STREETS']],
    ['11330', ['STATE_PRESENCE', 'SAFE_STREETS']],
    ['16010', ['STATE_PRESENCE']],
    ['16063', ['DISRUPT_TRAFFICKING']],
    ['15240', ['DISRUPT_TRAFFICKING', 'SAFE_STREETS']],
    ['15136', ['DISRUPT_TRAFFICKING']],
    ['15210', ['DISRUPT_TRAFFICKING', 'REGIONAL_COOPERATION']],
    ['15113', ['ACCOUNTABLE_GOVERNMENT']],
    ['15130', ['ACCOUNTABLE_GOVERNMENT']],
    ['15134', ['ACCOUNTABLE_GOVERNMENT']],
    ['15137', ['ACCOUNTABLE_GOVERNMENT']],
    ['15160', ['ACCOUNTABLE_GOVERNMENT']],
    ['15112', ['STATE_PRESENCE']],
  ]),
  programAreaGoals: new Map([
    ['LAW_ENFORCEMENT', ['DISRUPT_TRAFFICKING']],
    ['JUSTICE_CAPACITY', ['ACCOUNTABLE_GOVERNMENT']],
    ['PREVENTION', ['SAFE_STREETS', 'STATE_PRESENCE']],
  ]),
  partners: new Map([
    ['GOV-HN', { kind: 'RECIPIENT_GOVERNMENT', country: 'HN' }],
    ['GOV-GT', { kind: 'RECIPIENT_GOVERNMENT', country: 'GT' }],
    ['SICA', { kind: 'REGIONAL_BODY', country: null }],
    ['US', { kind: 'DONOR_GOVERNMENT', country: null }],
  ]),
};

const activity = (sector: string | null, title = `Sector ${sector}`) => ({
  title,
  country: 'HN',
  sector,
  period: { start: '2027-01-01', end: '2027-12-31' },
  budget: { amount: '100000', currency: 'USD' },
});

/** One partner in one country, so the plan's shape alone supports no regional cooperation. */
function plan(overrides: Partial<PlanContentInput> = {}, leadPartnerCode = 'US'): CheckedPlan {
  const content = canonicalPlanContent({
    title: 'Violence prevention in Tegucigalpa',
    countries: ['HN'],
    goals: ['SAFE_STREETS'],
    period: { start: '2027-01-01', end: '2027-12-31' },
    activities: [activity('15220', 'Mediation centres')],
    budget: { amount: '100000', currency: 'USD' },
    ...overrides,
  });
  return { id: 'plan-1', version: 1, leadPartnerCode, content };
}

const check = (overrides: Partial<PlanContentInput> = {}, lead?: string) => checkAlignment(plan(overrides, lead), reference);
const codes = (findings: readonly Finding[]) => findings.map(({ code }) => code);

describe('alignment', () => {
  describe('when every claimed goal is supported and every activity supports one', () => {
    it('passes with a score of 100 and no findings', () => {
      expect(check()).toEqual({ status: 'passed', score: 100, findings: [] });
    });
  });

  describe('when a claimed goal is supported by no activity', () => {
    it('is a warning on that goal, and half of the claimed goals are supported (70 × ½ + 30 × 1 = 65)', () => {
      expect(check({ goals: ['SAFE_STREETS', 'ACCOUNTABLE_GOVERNMENT'] })).toEqual({
        status: 'warning',
        score: 65,
        findings: [{ code: 'GOAL_NOT_SUPPORTED', severity: 'warning', message: 'no activity supports ACCOUNTABLE_GOVERNMENT', path: 'goals[1]' }],
      });
    });
  });

  describe("when only the plan's program areas support a claimed goal", () => {
    it('still warns, and counts the goal as half supported (70 × ¾ + 30 × 1 = 82.5, rounded up to 83)', () => {
      expect(check({ goals: ['SAFE_STREETS', 'ACCOUNTABLE_GOVERNMENT'], programAreas: ['JUSTICE_CAPACITY'] })).toEqual({
        status: 'warning',
        score: 83,
        findings: [
          {
            code: 'GOAL_NOT_SUPPORTED',
            severity: 'warning',
            message: "no activity supports ACCOUNTABLE_GOVERNMENT, only the plan's program areas do",
            path: 'goals[1]',
          },
        ],
      });
    });

    it('counts a goal that an activity supports as fully supported, program area or not', () => {
      expect(check({ programAreas: ['PREVENTION'] })).toEqual({ status: 'passed', score: 100, findings: [] });
    });
  });

  describe('when activities support a goal the plan does not claim', () => {
    it('is an info finding naming the activity, and the plan still passes', () => {
      expect(check({ activities: [activity('15132', 'Model precincts')] })).toEqual({
        status: 'passed',
        score: 100,
        findings: [{ code: 'GOAL_NOT_CLAIMED', severity: 'info', message: 'activity 1 supports STATE_PRESENCE, which the plan does not claim', path: 'goals' }],
      });
    });

    it('names every activity that supports it', () => {
      expect(check({ activities: [activity('15132'), activity('15220'), activity('11330')] }).findings).toEqual([
        expect.objectContaining({ code: 'GOAL_NOT_CLAIMED', message: 'activities 1, 3 support STATE_PRESENCE, which the plan does not claim' }),
      ]);
    });
  });

  describe('when an activity supports none of the claimed goals', () => {
    it('is an info finding for a sector unknown to the mapping, and the activity counts against the score (70 + 30 × ½ = 85)', () => {
      expect(check({ activities: [activity('15220'), activity('99999', 'Something else')] })).toEqual({
        status: 'passed',
        score: 85,
        findings: [
          {
            code: 'ACTIVITY_SUPPORTS_NO_CLAIMED_GOAL',
            severity: 'info',
            message: 'activity 2 ("Something else") has sector 99999, which supports no goal in the reference mapping',
            path: 'activities[1].sector',
          },
        ],
      });
    });

    it('is an info finding for an activity without a sector', () => {
      expect(check({ activities: [activity('15220'), activity(null, 'Unsorted')] }).findings).toEqual([
        expect.objectContaining({ code: 'ACTIVITY_SUPPORTS_NO_CLAIMED_GOAL', message: 'activity 2 ("Unsorted") has no sector', path: 'activities[1].sector' }),
      ]);
    });

    it('names the goals that a known sector supports instead', () => {
      const outcome = check({ activities: [activity('15220'), activity('16063', 'Interdiction')] });
      expect(outcome.score).toBe(85);
      expect(outcome.findings).toEqual([
        expect.objectContaining({ code: 'GOAL_NOT_CLAIMED', message: 'activity 2 supports DISRUPT_TRAFFICKING, which the plan does not claim' }),
        expect.objectContaining({
          code: 'ACTIVITY_SUPPORTS_NO_CLAIMED_GOAL',
          message: 'activity 2 ("Interdiction") has sector 16063, which supports DISRUPT_TRAFFICKING but none of the plan\'s goals',
        }),
      ]);
    });
  });

  describe('when no claimed goal is supported at all', () => {
    it('fails with an error on goals, and scores 0', () => {
      const outcome = check({ goals: ['ACCOUNTABLE_GOVERNMENT'], activities: [activity('16063', 'Interdiction')] });
      expect(outcome).toMatchObject({ status: 'failed', score: 0 });
      expect(outcome.findings[0]).toEqual({
        code: 'NO_GOAL_SUPPORTED',
        severity: 'error',
        message: 'nothing in the plan supports any goal it claims (ACCOUNTABLE_GOVERNMENT)',
        path: 'goals',
      });
      expect(codes(outcome.findings)).toEqual(['NO_GOAL_SUPPORTED', 'GOAL_NOT_SUPPORTED', 'GOAL_NOT_CLAIMED', 'ACTIVITY_SUPPORTS_NO_CLAIMED_GOAL']);
    });

    it('fails even when program areas half support the goals (score 70 × ½ = 35)', () => {
      const outcome = check({ goals: ['ACCOUNTABLE_GOVERNMENT'], programAreas: ['JUSTICE_CAPACITY'], activities: [activity('16063')] });
      expect(outcome).toMatchObject({ status: 'failed', score: 35 });
      expect(codes(outcome.findings)).toContain('NO_GOAL_SUPPORTED');
    });

    it('fails when the plan has no activities', () => {
      expect(check({ activities: [] })).toEqual({
        status: 'failed',
        score: 0,
        findings: [
          expect.objectContaining({ code: 'NO_GOAL_SUPPORTED' }),
          expect.objectContaining({ code: 'GOAL_NOT_SUPPORTED', path: 'goals[0]' }),
        ],
      });
    });

    it('fails when the plan claims no goal', () => {
      const outcome = check({ goals: [] });
      expect(outcome).toMatchObject({ status: 'failed', score: 0 });
      expect(outcome.findings).toEqual([
        { code: 'NO_GOAL_SUPPORTED', severity: 'error', message: 'the plan claims no goal', path: 'goals' },
        expect.objectContaining({ code: 'GOAL_NOT_CLAIMED', message: 'activity 1 supports SAFE_STREETS, which the plan does not claim' }),
        expect.objectContaining({ code: 'ACTIVITY_SUPPORTS_NO_CLAIMED_GOAL' }),
      ]);
    });
  });

  describe("when the plan's shape supports regional cooperation", () => {
    const claimsRegional = { goals: ['SAFE_STREETS', 'REGIONAL_COOPERATION'] };

    it.each([
      ['two countries', { countries: ['HN', 'GT'] }, 'US'],
      ['two partners', { participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' as const }] }, 'US'],
      ['SICA leading it alone', {}, 'SICA'],
    ])('counts the claimed goal as supported with %s', (_, shape, lead) => {
      expect(check({ ...claimsRegional, ...shape }, lead)).toEqual({ status: 'passed', score: 100, findings: [] });
    });

    it('is enough on its own to keep the check from failing (70 × 1 + 30 × 0 = 70)', () => {
      const outcome = check({ goals: ['REGIONAL_COOPERATION'], countries: ['HN', 'GT'] });
      expect(outcome).toMatchObject({ status: 'passed', score: 70 });
      expect(codes(outcome.findings)).toEqual(['GOAL_NOT_CLAIMED', 'ACTIVITY_SUPPORTS_NO_CLAIMED_GOAL']);
    });

    it('is an info finding naming why when the plan does not claim it', () => {
      const outcome = check({ countries: ['HN', 'GT'], participants: [{ partnerCode: 'SICA', role: 'ACCOUNTABLE' }] });
      expect(outcome).toEqual({
        status: 'passed',
        score: 100,
        findings: [
          {
            code: 'GOAL_NOT_CLAIMED',
            severity: 'info',
            message: "the plan's shape (2 partners, 2 countries, SICA takes part) supports REGIONAL_COOPERATION, which the plan does not claim",
            path: 'goals',
          },
        ],
      });
    });
  });

  describe("when the plan's shape does not support regional cooperation", () => {
    it('warns about a claimed regional cooperation that no activity supports', () => {
      expect(check({ goals: ['SAFE_STREETS', 'REGIONAL_COOPERATION'] }).findings).toEqual([
        { code: 'GOAL_NOT_SUPPORTED', severity: 'warning', message: 'no activity supports REGIONAL_COOPERATION', path: 'goals[1]' },
      ]);
    });

    it('counts the lead listed again as a participant as one partner', () => {
      const outcome = check({ goals: ['SAFE_STREETS', 'REGIONAL_COOPERATION'], participants: [{ partnerCode: 'US', role: 'FUNDING' }] });
      expect(codes(outcome.findings)).toEqual(['GOAL_NOT_SUPPORTED']);
    });

    it('lets an activity in a regional sector support it', () => {
      const outcome = check({ goals: ['SAFE_STREETS', 'REGIONAL_COOPERATION'], activities: [activity('15220'), activity('15210')] });
      expect(outcome.findings).toEqual([
        expect.objectContaining({ code: 'GOAL_NOT_CLAIMED', message: 'activity 2 supports DISRUPT_TRAFFICKING, which the plan does not claim' }),
      ]);
      expect(outcome.score).toBe(100);
    });
  });

  describe('when goals and activities are partly aligned', () => {
    it('scores 70 × (goal support) + 30 × (share of supportive activities)', () => {
      const outcome = check({
        goals: ['SAFE_STREETS', 'DISRUPT_TRAFFICKING', 'ACCOUNTABLE_GOVERNMENT'],
        programAreas: ['JUSTICE_CAPACITY'],
        activities: [activity('15132'), activity('16063'), activity('99999'), activity(null)],
      });
      // Goals 1 + 1 + ½ of 3, activities 2 of 4: 70 × 5/6 + 30 × ½ = 73.3.
      expect(outcome).toMatchObject({ status: 'warning', score: 73 });
      expect(codes(outcome.findings)).toEqual([
        'GOAL_NOT_SUPPORTED',
        'GOAL_NOT_CLAIMED',
        'ACTIVITY_SUPPORTS_NO_CLAIMED_GOAL',
        'ACTIVITY_SUPPORTS_NO_CLAIMED_GOAL',
      ]);
    });
  });
});
