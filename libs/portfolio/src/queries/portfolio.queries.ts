import { Query } from '@nestjs/cqrs';
import type { Actor } from '@accord/shared';
import type { CoverageCell, Gap } from '../coverage/coverage';
import type { OverlapResolution, SuggestedAction } from '../overlaps/clusters';
import type { PortfolioFilters } from '../portfolio-filters';

export interface CoverageView {
  currency: 'USD';
  cells: CoverageCell[];
  totals: { approvedUsd: string; pipelineUsd: string };
}

/** Approved plans count for everyone; plans not yet approved only for a caller who may see them. */
export class GetCoverageQuery extends Query<CoverageView> {
  constructor(
    readonly actor: Actor,
    readonly filters: PortfolioFilters,
  ) {
    super();
  }
}

export class GetGapsQuery extends Query<{ minShare: number; gaps: Gap[] }> {
  constructor(
    readonly actor: Actor,
    readonly filters: PortfolioFilters,
    readonly minShare: number,
  ) {
    super();
  }
}

/** A plan of a cluster: its id always; the rest only for a caller who may see the plan. */
export interface ClusterPlanView {
  id: string;
  title?: string;
  leadPartner?: string;
  status?: string;
  countries?: string[];
  budgetUsd?: string;
  /** The plans this one declares it co-funds. */
  coFunds?: string[];
}

export interface OverlapClusterView {
  plans: ClusterPlanView[];
  maxScore: number;
  sharedCountries: string[];
  sharedSectors: string[];
  sharedProgramAreas: string[];
  period: { start: string; end: string } | null;
  combinedBudgetUsd: string;
  suggestedAction: SuggestedAction;
  resolution: OverlapResolution | null;
}

export class GetOverlapClustersQuery extends Query<OverlapClusterView[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}
