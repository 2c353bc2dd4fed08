import { coverageCells, findGaps, type CoverageRow } from './coverage';

const goals = ['SAFE_STREETS', 'DISRUPT_TRAFFICKING'];
const countries = ['HN', 'GT'];

describe('coverageCells', () => {
  it('lists every goal x country cell, zero where nothing is funded', () => {
    const rows: CoverageRow[] = [
      { goal: 'SAFE_STREETS', country: 'HN', approved: true, plans: 2, partners: ['US', 'GOV-HN', 'CA'], usd: '1500000.5' },
      { goal: 'SAFE_STREETS', country: 'HN', approved: false, plans: 1, partners: ['EU'], usd: '300000' },
    ];
    const cells = coverageCells(goals, countries, rows);
    expect(cells).toHaveLength(4);
    expect(cells[0]).toEqual({
      goal: 'SAFE_STREETS',
      country: 'HN',
      approved: { plans: 2, partners: ['CA', 'GOV-HN', 'US'], usd: '1500000.50' },
      pipeline: { plans: 1, partners: ['EU'], usd: '300000.00' },
    });
    expect(cells[3]).toEqual({ goal: 'DISRUPT_TRAFFICKING', country: 'GT', approved: { plans: 0, partners: [], usd: '0.00' }, pipeline: { plans: 0, partners: [], usd: '0.00' } });
  });

  it('adds up cells past the 15 digits one plan may state', () => {
    const huge = '1999999999999999.98';
    const cells = coverageCells(goals, countries, [{ goal: 'SAFE_STREETS', country: 'HN', approved: true, plans: 2, partners: ['CO', 'US'], usd: huge }]);
    expect(cells[0].approved.usd).toBe(huge);
    expect(findGaps(cells, 0.1).map((gap) => gap.approvedUsd)).toEqual(['0.00', '0.00', '0.00']);
  });
});

describe('findGaps', () => {
  const cells = coverageCells(goals, countries, [
    { goal: 'SAFE_STREETS', country: 'HN', approved: true, plans: 1, partners: ['US'], usd: '990000' },
    { goal: 'SAFE_STREETS', country: 'GT', approved: true, plans: 1, partners: ['CA'], usd: '10000' },
    { goal: 'DISRUPT_TRAFFICKING', country: 'GT', approved: false, plans: 1, partners: ['EU'], usd: '50000' },
  ]);

  it('reports unfunded cells first, those with nothing in the pipeline either before the rest, then underfunded ones', () => {
    expect(findGaps(cells, 0.02).map((gap) => [gap.goal, gap.country, gap.severity, gap.share])).toEqual([
      ['DISRUPT_TRAFFICKING', 'HN', 'unfunded', 0],
      ['DISRUPT_TRAFFICKING', 'GT', 'unfunded', 0],
      ['SAFE_STREETS', 'GT', 'underfunded', 0.01],
    ]);
  });

  it('leaves out cells at or above the minimum share', () => {
    expect(findGaps(cells, 0.01).map((gap) => gap.severity)).toEqual(['unfunded', 'unfunded']);
  });

  it('calls every cell unfunded when nothing is approved', () => {
    expect(findGaps(coverageCells(goals, countries, []), 0.02).every((gap) => gap.severity === 'unfunded')).toBe(true);
  });
});
