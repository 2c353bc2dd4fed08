export interface OverlapEdge {
  a: string;
  b: string;
  score: number;
  sharedCountries: string[];
  sharedSectors: string[];
  sharedProgramAreas: string[];
  overlappingPeriod: { start: string; end: string } | null;
}

export type SuggestedAction = 'merge' | 'co_fund' | 'coordinate';

export interface OverlapCluster {
  planIds: string[];
  maxScore: number;
  sharedCountries: string[];
  sharedSectors: string[];
  sharedProgramAreas: string[];
  period: { start: string; end: string } | null;
  suggestedAction: SuggestedAction;
}

/** Near-duplicates should become one plan; strong overlaps in the same sectors should share funding. */
export const MERGE_FROM = 85;
export const CO_FUND_FROM = 70;

export function suggestAction(maxScore: number, sharedSectors: readonly string[]): SuggestedAction {
  if (maxScore >= MERGE_FROM) return 'merge';
  if (maxScore >= CO_FUND_FROM && sharedSectors.length > 0) return 'co_fund';
  return 'coordinate';
}

/**
 * Groups plans connected by overlap edges (union-find), each group with what its links share: the
 * countries, sectors and program areas of any link, and the span of the overlapping periods.
 * Clusters come largest first, then by strongest link.
 */
export function overlapClusters(edges: readonly OverlapEdge[]): OverlapCluster[] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let node = id; parent.get(node) !== root; ) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const { a, b } of edges) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, OverlapEdge[]>();
  for (const edge of edges) groups.set(find(edge.a), [...(groups.get(find(edge.a)) ?? []), edge]);

  const union = (lists: string[][]) => [...new Set(lists.flat())].sort();
  return [...groups.values()]
    .map((group) => {
      const periods = group.flatMap((edge) => (edge.overlappingPeriod ? [edge.overlappingPeriod] : []));
      const maxScore = Math.max(...group.map((edge) => edge.score));
      const sharedSectors = union(group.map((edge) => edge.sharedSectors));
      return {
        planIds: union(group.map((edge) => [edge.a, edge.b])),
        maxScore,
        sharedCountries: union(group.map((edge) => edge.sharedCountries)),
        sharedSectors,
        sharedProgramAreas: union(group.map((edge) => edge.sharedProgramAreas)),
        period: periods.length
          ? { start: periods.map((p) => p.start).sort()[0], end: periods.map((p) => p.end).sort().at(-1)! }
          : null,
        suggestedAction: suggestAction(maxScore, sharedSectors),
      };
    })
    .sort((x, y) => y.planIds.length - x.planIds.length || y.maxScore - x.maxScore || x.planIds[0].localeCompare(y.planIds[0]));
}
