/** What the portfolio views may be narrowed to. */
export interface PortfolioFilters {
  partner?: string;
  programArea?: string;
  /** Plans whose period overlaps [from, to]. */
  from?: string;
  to?: string;
}
