import { overlapClusters, suggestAction, summariseLinks, type OverlapEdge } from './clusters';

const edge = (a: string, b: string, score: number, extra: Partial<OverlapEdge> = {}): OverlapEdge => ({
  a,
  b,
  score,
  sharedCountries: ['HN'],
  sharedSectors: ['15132'],
  sharedProgramAreas: [],
  overlappingPeriod: { start: '2027-01-01', end: '2027-12-31' },
  resolution: null,
  ...extra,
});

const resolved = (action: 'merge' | 'co_fund' | 'justified', decidedAt: string) => ({ resolution: { action, note: `${action} agreed`, decidedAt } });

describe('overlapClusters', () => {
  it('connects plans linked directly or through another plan', () => {
    const edges = [edge('a', 'b', 70), edge('c', 'b', 65, { sharedCountries: ['GT'], overlappingPeriod: { start: '2026-06-01', end: '2027-03-31' } }), edge('x', 'y', 90)];
    const clusters = overlapClusters(edges);
    expect(clusters).toHaveLength(2);
    expect(clusters[0]).toEqual({
      planIds: ['a', 'b', 'c'],
      links: [edges[0], edges[1]],
      maxScore: 70,
      sharedCountries: ['GT', 'HN'],
      sharedSectors: ['15132'],
      sharedProgramAreas: [],
      period: { start: '2026-06-01', end: '2027-12-31' },
      suggestedAction: 'co_fund',
      resolution: null,
    });
    expect(clusters[1]).toMatchObject({ planIds: ['x', 'y'], suggestedAction: 'merge' });
  });

  it('counts an edge seen from both ends once', () => {
    expect(overlapClusters([edge('a', 'b', 80), edge('b', 'a', 80)])).toHaveLength(1);
  });

  it('groups a portfolio-sized cluster: hundreds of thousands of links', () => {
    const edges = Array.from({ length: 300_000 }, (_, index) => edge(`p${index}`, `p${index + 1}`, 60 + (index % 30)));
    const [cluster] = overlapClusters(edges);
    expect(cluster.planIds).toHaveLength(300_001);
    expect(cluster.links).toHaveLength(300_000);
    expect(cluster.maxScore).toBe(89);
  });

  it('has no cluster without edges', () => {
    expect(overlapClusters([])).toEqual([]);
  });
});

describe('summariseLinks', () => {
  it('scores over every link it may score, and tells only what the described links share', () => {
    const seen = edge('a', 'b', 70, { sharedCountries: ['HN'], sharedSectors: [] });
    const hidden = edge('b', 'c', 92, { sharedCountries: ['GT'], sharedSectors: ['15180'], overlappingPeriod: { start: '2026-01-01', end: '2026-06-30' } });
    expect(summariseLinks([seen, hidden], [seen])).toEqual({
      maxScore: 92,
      sharedCountries: ['HN'],
      sharedSectors: [],
      sharedProgramAreas: [],
      period: { start: '2027-01-01', end: '2027-12-31' },
      suggestedAction: 'merge',
      resolution: null,
    });
    expect(summariseLinks([seen], [])).toEqual({ maxScore: 70, sharedCountries: [], sharedSectors: [], sharedProgramAreas: [], period: null, suggestedAction: 'coordinate', resolution: null });
  });

  it('suggests nothing for links all resolved, and shows the latest resolution', () => {
    const links = [edge('a', 'b', 92, resolved('co_fund', '2027-02-01T10:00:00.000Z')), edge('b', 'c', 88, resolved('justified', '2027-03-01T10:00:00.000Z'))];
    expect(summariseLinks(links)).toMatchObject({ maxScore: 92, suggestedAction: 'none', resolution: { action: 'justified', note: 'justified agreed', decidedAt: '2027-03-01T10:00:00.000Z' } });
  });

  it('suggests from the links still open, and shows no resolution while one is', () => {
    const links = [edge('a', 'b', 92, resolved('co_fund', '2027-02-01T10:00:00.000Z')), edge('b', 'c', 72)];
    expect(summariseLinks(links)).toMatchObject({ maxScore: 92, suggestedAction: 'co_fund', resolution: null });
  });
});

describe('suggestAction', () => {
  it.each([
    [90, ['15132'], 'merge'],
    [85, [], 'merge'],
    [75, ['15132'], 'co_fund'],
    [75, [], 'coordinate'],
    [60, ['15132'], 'coordinate'],
  ] as const)('score %d sharing sectors %j suggests %s', (score, sectors, action) => {
    expect(suggestAction(score, sectors)).toBe(action);
  });
});
