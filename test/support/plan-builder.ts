/** A valid plan body in one line; pass what the test is about. */
export function planBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Community policing in San Pedro Sula',
    summary: 'Model police precincts and youth outreach in three high-crime neighbourhoods.',
    countries: ['HN'],
    goals: ['SAFE_STREETS', 'STATE_PRESENCE'],
    programAreas: ['PREVENTION'],
    escaComponents: ['VIOLENCE_PREVENTION'],
    period: { start: '2027-01-01', end: '2028-12-31' },
    participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }],
    activities: [
      {
        title: 'Model precincts',
        description: 'Train and equip three community police units.',
        country: 'HN',
        sector: '15132',
        period: { start: '2027-01-01', end: '2028-06-30' },
        budget: { amount: '1500000.00', currency: 'USD' },
      },
    ],
    budget: { amount: '1500000.00', currency: 'USD' },
    indicators: [{ name: 'Homicides per 100,000 people', unit: 'rate', baseline: '38.0', target: '30.0', targetDate: '2028-12-31' }],
    ...overrides,
  };
}
