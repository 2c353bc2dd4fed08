import type { CoordinationAction } from '@accord/action-plans';

/** How reviewers settled an overlap: the coordination of an approval. */
export interface OverlapResolution {
  action: CoordinationAction;
  note: string;
  decidedAt: string;
}

export interface OverlapEdge {
  a: string;
  b: string;
  score: number;
  sharedCountries: string[];
  sharedSectors: string[];
  sharedProgramAreas: string[];
  overlappingPeriod: { start: string; end: string } | null;
  /** Set once the overlap is settled: each plan whose check warned of the other was approved with a coordination. */
  resolution: OverlapResolution | null;
}

/** `none`: every link of the cluster is resolved. */
export type SuggestedAction = 'merge' | 'co_fund' | 'coordinate' | 'none';

/** What a cluster's links have in common, and what to do about them. */
export interface LinkSummary {
  maxScore: number;
  sharedCountries: string[];
  sharedSectors: string[];
  sharedProgramAreas: string[];
  period: { start: string; end: string } | null;
  suggestedAction: SuggestedAction;
  /** The latest resolution of its links, once every one is resolved; null until then. */
  resolution: OverlapResolution | null;
}

export interface OverlapCluster extends LinkSummary {
  planIds: string[];
  links: OverlapEdge[];
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
 * Groups plans connected by overlap edges (union-find), each group with its links and what they
 * share (see {@link summariseLinks}). Clusters come largest first, then by strongest link.
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
  for (const edge of edges) {
    const root = find(edge.a);
    const group = groups.get(root);
    if (group) group.push(edge);
    else groups.set(root, [edge]);
  }

  return [...groups.values()]
    .map((group) => ({ planIds: union(group.map((edge) => [edge.a, edge.b])), links: group, ...summariseLinks(group) }))
    .sort((x, y) => y.planIds.length - x.planIds.length || y.maxScore - x.maxScore || x.planIds[0].localeCompare(y.planIds[0]));
}

/**
 * The strongest score of the `scored` links; the countries, sectors and program areas that any of
 * the `described` links shares, and the span of their overlapping periods. `described` is `scored`
 * for a reader who may see every plan; a partner may know a link's score (its own plan's overlap
 * finding gives it) without knowing what the other plan holds. The action is suggested from the
 * links still unresolved: a resolved overlap is not to be merged again.
 */
export function summariseLinks(scored: readonly OverlapEdge[], described: readonly OverlapEdge[] = scored): LinkSummary {
  const periods = described.flatMap((edge) => (edge.overlappingPeriod ? [edge.overlappingPeriod] : []));
  // Not Math.max(...scores): a cluster of a large portfolio has more links than a call has room for arguments.
  const maxScore = strongest(scored);
  const open = scored.filter((edge) => edge.resolution === null);
  const openDescribed = described.filter((edge) => edge.resolution === null);
  const resolutions = scored.flatMap((edge) => (edge.resolution ? [edge.resolution] : []));
  return {
    maxScore,
    sharedCountries: union(described.map((edge) => edge.sharedCountries)),
    sharedSectors: union(described.map((edge) => edge.sharedSectors)),
    sharedProgramAreas: union(described.map((edge) => edge.sharedProgramAreas)),
    period: periods.length ? { start: periods.map((p) => p.start).sort()[0], end: periods.map((p) => p.end).sort().at(-1)! } : null,
    suggestedAction: open.length === 0 && scored.length > 0 ? 'none' : suggestAction(strongest(open), union(openDescribed.map((edge) => edge.sharedSectors))),
    resolution: open.length === 0 && resolutions.length > 0 ? resolutions.reduce((latest, resolution) => (resolution.decidedAt > latest.decidedAt ? resolution : latest)) : null,
  };
}

function strongest(edges: readonly OverlapEdge[]): number {
  return edges.reduce((max, edge) => Math.max(max, edge.score), -Infinity);
}

const union = (lists: string[][]) => [...new Set(lists.flat())].sort();
