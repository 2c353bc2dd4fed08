import { canonicalPlanContent, type PlanContentInput } from './plan-content';

const input = (overrides: Partial<PlanContentInput> = {}): PlanContentInput => ({
  title: 'Community policing',
  countries: ['HN'],
  goals: ['SAFE_STREETS'],
  period: { start: '2027-01-01', end: '2028-12-31' },
  activities: [{ title: 'Precincts', country: 'HN', sector: '15132', budget: { amount: '100', currency: 'USD' } }],
  budget: { amount: '100', currency: 'USD' },
  ...overrides,
});

const refsOf = (content: { activities: { ref: string }[]; indicators: { ref: string }[] }) => ({
  activities: content.activities.map((activity) => activity.ref),
  indicators: content.indicators.map((indicator) => indicator.ref),
});

describe('canonicalPlanContent', () => {
  it('writes linked plan ids in lower case, as the service writes ids', () => {
    const content = canonicalPlanContent(
      input({ supersedes: ['01A212E4-93D9-7D85-8592-2E40660A4F8B'], coFunds: ['01a212e4-93d9-7d85-8592-2E40660A4F8C'] }),
    );
    expect(content.supersedes).toEqual(['01a212e4-93d9-7d85-8592-2e40660a4f8b']);
    expect(content.coFunds).toEqual(['01a212e4-93d9-7d85-8592-2e40660a4f8c']);
  });

  describe('item refs', () => {
    it('are assigned A1, A2… and I1, I2… in order when the client sends none', () => {
      const content = canonicalPlanContent(input({ activities: [{ title: 'One' }, { title: 'Two' }], indicators: [{ name: 'Homicides' }] }));
      expect(refsOf(content)).toEqual({ activities: ['A1', 'A2'], indicators: ['I1'] });
    });

    it('keep what the client sent, and number the others after the highest it used', () => {
      const content = canonicalPlanContent(input({ activities: [{ title: 'One', ref: 'A7' }, { title: 'Two' }, { title: 'Three', ref: 'precincts-hn' }] }));
      expect(refsOf(content).activities).toEqual(['A7', 'A8', 'precincts-hn']);
    });

    it('in a revision, keep for an item sent without one the ref of the item at its place, as a client that never sends refs expects', () => {
      const previous = canonicalPlanContent(input({ activities: [{ title: 'One' }, { title: 'Two' }], indicators: [{ name: 'Homicides' }] }));
      const revised = canonicalPlanContent(input({ activities: [{ title: 'One, renamed' }, { title: 'Two' }, { title: 'Three' }], indicators: [{ name: 'Homicides per 100,000' }] }), previous);
      expect(refsOf(revised)).toEqual({ activities: ['A1', 'A2', 'A3'], indicators: ['I1'] });
    });

    it('in a revision, give a new ref to an item without one whose place’s ref another item was sent with, after every ref the version revised holds', () => {
      const previous = canonicalPlanContent(input({ activities: [{ title: 'One' }, { title: 'Two' }, { title: 'Three' }] }));
      const revised = canonicalPlanContent(input({ activities: [{ title: 'Two', ref: 'A2' }, { title: 'New' }] }), previous);
      expect(refsOf(revised).activities).toEqual(['A2', 'A4']);
    });

    it('are unique across activities and indicators: a repeated one is a 400 naming the field', () => {
      const attempt = () => canonicalPlanContent(input({ activities: [{ title: 'One', ref: 'X1' }, { title: 'Two', ref: 'X2' }], indicators: [{ name: 'Homicides', ref: 'X1' }] }));
      expect(attempt).toThrow(
        expect.objectContaining({
          code: 'REQUEST.INVALID',
          details: [{ field: 'indicators[0].ref', message: 'indicators[0].ref "X1" is already the ref of another activity or indicator of the plan' }],
        }),
      );
    });

    it.each(['', 'a'.repeat(41), 'with space', 'ü'])('refuse %j: 1 to 40 visible ASCII characters', (ref) => {
      expect(() => canonicalPlanContent(input({ activities: [{ title: 'One', ref }] }))).toThrow(
        expect.objectContaining({ details: [{ field: 'activities[0].ref', message: 'activities[0].ref must be 1 to 40 visible ASCII characters' }] }),
      );
    });
  });
});
