import { Money } from '@accord/action-plans/domain/money';

export interface StageFigures {
  plans: number;
  partners: string[];
  usd: string;
}

/** One goal x country cell: approved funding, and what is still in the pipeline, apart. */
export interface CoverageCell {
  goal: string;
  country: string;
  approved: StageFigures;
  pipeline: StageFigures;
}

export interface CoverageRow {
  goal: string;
  country: string;
  approved: boolean;
  plans: number;
  partners: string[];
  usd: string;
}

const EMPTY: StageFigures = { plans: 0, partners: [], usd: '0.00' };

/** Every goal x country cell, funded or not, in a stable order: a gap is a cell like any other. */
export function coverageCells(goals: readonly string[], countries: readonly string[], rows: readonly CoverageRow[]): CoverageCell[] {
  const byCell = new Map<string, CoverageCell>();
  for (const goal of goals) for (const country of countries) byCell.set(`${goal}|${country}`, { goal, country, approved: EMPTY, pipeline: EMPTY });
  for (const row of rows) {
    const cell = byCell.get(`${row.goal}|${row.country}`);
    if (!cell) continue;
    const figures = { plans: row.plans, partners: [...row.partners].sort(), usd: Money.ofStored(row.usd, 'USD').amount };
    if (row.approved) cell.approved = figures;
    else cell.pipeline = figures;
  }
  return [...byCell.values()];
}

export interface Gap {
  goal: string;
  country: string;
  severity: 'unfunded' | 'underfunded';
  approvedUsd: string;
  /** The cell's share of all approved funding in the region, 0 to 1, four places. */
  share: number;
  pipelineUsd: string;
}

/**
 * The cells with no approved funding, or less than `minShare` of the region's approved total.
 * Most severe first: unfunded cells before underfunded ones; among unfunded, those with nothing in
 * the pipeline either; among underfunded, the smallest share.
 */
export function findGaps(cells: readonly CoverageCell[], minShare: number): Gap[] {
  const total = cells.reduce((sum, cell) => sum.add(Money.ofStored(cell.approved.usd, 'USD')), Money.zero('USD'));
  const gaps: Gap[] = [];
  for (const cell of cells) {
    const approved = Money.ofStored(cell.approved.usd, 'USD');
    const share = total.isPositive() ? Number((approved.cents * 1_000_000n) / total.cents) / 1_000_000 : 0;
    if (approved.isPositive() && share >= minShare) continue;
    gaps.push({
      goal: cell.goal,
      country: cell.country,
      severity: approved.isPositive() ? 'underfunded' : 'unfunded',
      approvedUsd: approved.amount,
      share: Math.round(share * 10000) / 10000,
      pipelineUsd: cell.pipeline.usd,
    });
  }
  const pipelineCents = (gap: Gap) => Money.ofStored(gap.pipelineUsd, 'USD').cents;
  return gaps.sort(
    (a, b) =>
      Number(a.severity === 'underfunded') - Number(b.severity === 'underfunded') ||
      a.share - b.share ||
      (pipelineCents(a) < pipelineCents(b) ? -1 : pipelineCents(a) > pipelineCents(b) ? 1 : 0) ||
      a.goal.localeCompare(b.goal) ||
      a.country.localeCompare(b.country),
  );
}
