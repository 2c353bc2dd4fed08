import { Money } from '../domain/money';
import type { MoneyValue, PlanContent } from '../domain/plan-content';
import type { CheckReferenceData } from './check';
import type { RateTable } from './rate-table';

/** The US dollars of one plan that go to one goal in one country. */
export interface Allocation {
  goal: string;
  country: string;
  usd: Money;
}

/**
 * How a plan's money splits over goal × country cells, so that portfolio sums count each plan once.
 *
 * Each activity budget, in USD at the rate of the activity's start (or the plan's), goes to the
 * activity's country, or in equal parts to the plan's countries when it names none; within a country
 * in equal parts to the claimed goals its sector supports, or to all claimed goals when it supports
 * none of them. When no activity has a budget, the plan's total splits over its countries × claimed
 * goals. Parts are whole cents that add up to the amount split: the leftover cents go one each to
 * the first cells in goal-then-country order. Amounts in a currency without a rate are left out and
 * the currency listed in `unconverted`; cells that get nothing are left out.
 */
export function allocate(content: PlanContent, rates: RateTable, reference: CheckReferenceData): { allocations: Allocation[]; unconverted: string[] } {
  const claimedGoals = sortedUnique(content.goals);
  const planCountries = sortedUnique(content.countries);
  const cells = new Map<string, { goal: string; country: string; cents: bigint }>();
  const unconverted = new Set<string>();

  const spread = (budget: MoneyValue, on: string, goals: readonly string[], countries: readonly string[]) => {
    const usd = rates.toUsd(Money.of(budget.amount, budget.currency), on);
    if (usd === null) {
      unconverted.add(budget.currency);
      return;
    }
    const targets = goals.flatMap((goal) => countries.map((country) => ({ goal, country })));
    splitCents(usd.cents, targets.length).forEach((cents, index) => {
      const { goal, country } = targets[index];
      const key = `${goal}|${country}`;
      const cell = cells.get(key) ?? { goal, country, cents: 0n };
      cell.cents += cents;
      cells.set(key, cell);
    });
  };

  if (content.activities.every((activity) => activity.budget === null)) {
    spread(content.budget, content.period.start, claimedGoals, planCountries);
  }
  for (const activity of content.activities) {
    if (!activity.budget) continue;
    const supported = new Set(activity.sector ? (reference.sectorGoals.get(activity.sector) ?? []) : []);
    const goals = claimedGoals.filter((goal) => supported.has(goal));
    spread(
      activity.budget,
      activity.period?.start ?? content.period.start,
      goals.length > 0 ? goals : claimedGoals,
      activity.country ? [activity.country] : planCountries,
    );
  }

  const allocations = [...cells.values()]
    .filter((cell) => cell.cents > 0n)
    .sort((a, b) => byCode(a.goal, b.goal) || byCode(a.country, b.country))
    .map(({ goal, country, cents }) => ({ goal, country, usd: Money.ofCents(cents, 'USD') }));
  return { allocations, unconverted: [...unconverted].sort() };
}

/**
 * `parts` whole-cent parts of `cents` as equal as can be, the larger ones first. No parts when there
 * is nowhere to put the money (content that skipped validation: no goal or no country).
 */
function splitCents(cents: bigint, parts: number): bigint[] {
  if (parts === 0) return [];
  const count = BigInt(parts);
  const base = cents / count;
  const remainder = cents % count;
  return Array.from({ length: parts }, (_, index) => (BigInt(index) < remainder ? base + 1n : base));
}

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
