import { canonicalPlanContent } from './plan-content';

describe('canonicalPlanContent', () => {
  it('writes linked plan ids in lower case, as the service writes ids', () => {
    const content = canonicalPlanContent({
      title: 'Consolidated programme',
      countries: ['HN'],
      goals: ['SAFE_STREETS'],
      period: { start: '2027-01-01', end: '2028-12-31' },
      activities: [{ title: 'Precincts', country: 'HN', sector: '15132', budget: { amount: '100', currency: 'USD' } }],
      budget: { amount: '100', currency: 'USD' },
      supersedes: ['01A212E4-93D9-7D85-8592-2E40660A4F8B'],
      coFunds: ['01a212e4-93d9-7d85-8592-2E40660A4F8C'],
    });
    expect(content.supersedes).toEqual(['01a212e4-93d9-7d85-8592-2e40660a4f8b']);
    expect(content.coFunds).toEqual(['01a212e4-93d9-7d85-8592-2e40660a4f8c']);
  });
});
