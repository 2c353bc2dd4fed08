import { contentOf, draftOf, emptyActivity, emptyDraft, problemsFromDetails, problemsOf, type CodeLists, type PlanDraft } from './plan-rules';

const LISTS: CodeLists = {
  countries: ['HN', 'GT'],
  goals: ['SAFE_STREETS', 'STATE_PRESENCE'],
  programAreas: ['PREVENTION'],
  escaComponents: ['VIOLENCE_PREVENTION'],
  dacSectors: ['15132'],
  currencies: ['USD', 'EUR'],
  partners: ['US', 'GOV-HN'],
};

function valid(overrides: Partial<PlanDraft> = {}): PlanDraft {
  return {
    ...emptyDraft(),
    title: 'Community policing in San Pedro Sula',
    countries: ['HN'],
    goals: ['SAFE_STREETS'],
    start: '2027-01-01',
    end: '2028-12-31',
    amount: '1500000.00',
    activities: [{ ...emptyActivity(), title: 'Model precincts', country: 'HN', sector: '15132', amount: '1500000.00' }],
    ...overrides,
  };
}

describe('the plan form’s rules', () => {
  it('find nothing wrong in a valid draft', () => {
    expect(problemsOf(valid(), LISTS)).toEqual({});
  });

  it('name each problem by the API’s field name', () => {
    const problems = problemsOf(
      valid({
        title: ' ',
        countries: [],
        goals: ['NOT_A_GOAL'],
        start: '2028-01-01',
        end: '2027-01-01',
        amount: '10.001',
        currency: 'XXX',
        participants: [{ partnerCode: '', role: 'IMPLEMENTING' }],
        activities: [{ ...emptyActivity(), title: 'Precincts', start: '2027-02-30', end: '', amount: '0' }],
        indicators: [{ name: 'Homicides', unit: '', baseline: 'about 38', target: '30.0', targetDate: '2028-13-01' }],
        coFunds: 'not-an-id\nnot-an-id',
      }),
      LISTS,
    );
    expect(problems).toEqual({
      title: ['title is required'],
      countries: ['countries must contain at least 1 element'],
      'goals[0]': ['goals has an unknown CARSI goal: "NOT_A_GOAL"'],
      'period.end': ['the period ends before it starts'],
      'participants[0].partnerCode': ['choose the participating partner'],
      'activities[0].period.start': ['start must be a calendar date written YYYY-MM-DD'],
      'activities[0].period.end': ['end must be a calendar date written YYYY-MM-DD'],
      'activities[0].budget.amount': ['amount must be a positive decimal string with at most two places, e.g. "1500000.00"'],
      'budget.amount': ['amount must be a positive decimal string with at most two places, e.g. "1500000.00"'],
      'budget.currency': ['currency has an unknown currency: "XXX"'],
      'indicators[0].baseline': ['baseline must be a decimal string, e.g. "38.0"'],
      'indicators[0].targetDate': ['targetDate must be a calendar date written YYYY-MM-DD'],
      coFunds: ["All coFunds's elements must be unique"],
      'coFunds[0]': ['each value in coFunds must be a UUID'],
      'coFunds[1]': ['each value in coFunds must be a UUID'],
    });
  });

  it('refuse what XML and PostgreSQL cannot store, and text past its length', () => {
    expect(problemsOf(valid({ summary: `a\u0000b`, title: 'x'.repeat(301) }), LISTS)).toEqual({
      title: ['title must be shorter than or equal to 300 characters'],
      summary: ['summary contains a control character or an unpaired UTF-16 surrogate'],
    });
  });

  it('send the content the API takes: optional inputs left empty are null, plan ids one a line', () => {
    const content = contentOf(valid({ summary: '  ', coFunds: ' 0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f \n' }));
    expect(content).toMatchObject({
      title: 'Community policing in San Pedro Sula',
      summary: null,
      period: { start: '2027-01-01', end: '2028-12-31' },
      activities: [{ title: 'Model precincts', description: null, country: 'HN', sector: '15132', period: null, budget: { amount: '1500000.00', currency: 'USD' } }],
      budget: { amount: '1500000.00', currency: 'USD' },
      coFunds: ['0192f5c0-7a1b-7c3d-8e4f-5a6b7c8d9e0f'],
      supersedes: [],
    });
    expect(content.activities[0]).not.toHaveProperty('ref');
  });

  it('keep the refs of a revised plan’s items, so the revision revises them', () => {
    const draft = draftOf({
      ...contentOf(valid()),
      activities: [{ ref: 'A7', title: 'Model precincts', budget: { amount: '10.00', currency: 'EUR' } }],
      indicators: [{ ref: 'I2', name: 'Homicides' }],
    });
    expect(draft.activities[0]).toMatchObject({ ref: 'A7', amount: '10.00', currency: 'EUR', start: '' });
    expect(contentOf(draft)).toMatchObject({ activities: [{ ref: 'A7' }], indicators: [{ ref: 'I2', name: 'Homicides' }] });
  });

  it('gather a 400’s details by field', () => {
    expect(problemsFromDetails([{ field: 'coFunds[0]', message: 'coFunds[0] names this plan itself' }, { field: 'coFunds[0]', message: 'again' }])).toEqual({ 'coFunds[0]': ['coFunds[0] names this plan itself', 'again'] });
  });
});
