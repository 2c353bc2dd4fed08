import { Money } from '../domain/money';
import { Period } from '../domain/period';
import type { PlanContent } from '../domain/plan-content';
import { statusOf, type CheckedPlan, type CheckOutcome, type Finding } from './check';
import type { RateTable } from './rate-table';

/**
 * Whether the plan holds what a reviewer needs and whether its parts agree with each other.
 *
 * Severity follows what a missing or inconsistent part does to the review:
 * - `error`: the plan cannot be judged as it stands. No countries (`NO_COUNTRIES`), no goals
 *   (`NO_GOALS`), no activities (`NO_ACTIVITIES`), an activity without a budget
 *   (`ACTIVITY_BUDGET_MISSING`), an activity in a country the plan does not name
 *   (`ACTIVITY_COUNTRY_OUTSIDE_PLAN`) or running outside the plan's period
 *   (`ACTIVITY_PERIOD_OUTSIDE_PLAN`), activity budgets that do not add up to the plan's total
 *   (`BUDGET_MISMATCH`), or a currency with no reference rate, so the sums cannot be compared
 *   (`EXCHANGE_RATE_MISSING`).
 * - `warning`: should be there, but the plan can be judged without it. No summary
 *   (`SUMMARY_MISSING`), no indicators (`NO_INDICATORS`), an activity without a country, sector or
 *   period (`ACTIVITY_COUNTRY_MISSING`, `ACTIVITY_SECTOR_MISSING`, `ACTIVITY_PERIOD_MISSING`), an
 *   indicator without a baseline, a target or a target date (`INDICATOR_BASELINE_MISSING`,
 *   `INDICATOR_TARGET_MISSING`, `INDICATOR_TARGET_DATE_MISSING`), or one whose target date falls
 *   outside the plan's period (`INDICATOR_TARGET_DATE_OUTSIDE_PLAN`).
 * - `info`: useful for the portfolio, not for the decision. No program areas (`NO_PROGRAM_AREAS`),
 *   no ESCA components (`NO_ESCA_COMPONENTS`).
 *
 * Budgets are compared exactly when the total and every activity budget share one currency.
 * Otherwise every amount is converted to USD at the reference rate of the plan's first day; each
 * conversion rounds to the cent, so a gap no larger than that rounding (half a cent per converted
 * amount) is not a mismatch.
 *
 * Score: the mean, over the rules that apply, of the share of items meeting each rule, as a whole
 * number from 0 to 100. The seven plan-level rules (countries, goals, activities, summary,
 * indicators, program areas, ESCA components) always apply and count 1 or 0. With activities, five
 * more apply: the share of activities with a budget, with a country among the plan's, with a
 * sector, with a period within the plan's, and whether the budgets add up (1 or 0). With
 * indicators, three more: the share with a baseline, with a target, with a target date within the
 * plan's period. Averaging per rule keeps a plan-level gap from being diluted by many activities.
 */
export function checkCompleteness(plan: CheckedPlan, rates: RateTable): CheckOutcome {
  const { content } = plan;
  const findings: Finding[] = [];
  const shares: number[] = [];

  const rule = <T>(items: readonly T[], judge: (item: T, index: number) => Finding | Finding[] | null): void => {
    if (items.length === 0) return;
    let met = 0;
    items.forEach((item, index) => {
      const found = [judge(item, index) ?? []].flat();
      findings.push(...found);
      if (found.length === 0) met += 1;
    });
    shares.push(met / items.length);
  };
  const planRule = (found: Finding | Finding[] | null): void => rule([content], () => found);

  planRule(content.countries.length > 0 ? null : finding('NO_COUNTRIES', 'error', 'the plan names no recipient country', 'countries'));
  planRule(content.goals.length > 0 ? null : finding('NO_GOALS', 'error', 'the plan claims no goal', 'goals'));
  planRule(content.activities.length > 0 ? null : finding('NO_ACTIVITIES', 'error', 'the plan has no activities', 'activities'));
  planRule(content.summary?.trim() ? null : finding('SUMMARY_MISSING', 'warning', 'the plan has no summary', 'summary'));
  planRule(content.indicators.length > 0 ? null : finding('NO_INDICATORS', 'warning', 'the plan has no indicators to measure its results by', 'indicators'));
  planRule(content.programAreas.length > 0 ? null : finding('NO_PROGRAM_AREAS', 'info', 'the plan names no program area', 'programAreas'));
  planRule(content.escaComponents.length > 0 ? null : finding('NO_ESCA_COMPONENTS', 'info', 'the plan names no ESCA component', 'escaComponents'));

  const planPeriod = Period.of(content.period.start, content.period.end);
  const { activities, indicators } = content;
  rule(activities, (activity, i) =>
    activity.budget ? null : finding('ACTIVITY_BUDGET_MISSING', 'error', `${activityName(content, i)} has no budget`, `activities[${i}].budget`),
  );
  rule(activities, (activity, i) => {
    const path = `activities[${i}].country`;
    if (!activity.country) return finding('ACTIVITY_COUNTRY_MISSING', 'warning', `${activityName(content, i)} names no country`, path);
    if (content.countries.includes(activity.country)) return null;
    return finding(
      'ACTIVITY_COUNTRY_OUTSIDE_PLAN',
      'error',
      `${activityName(content, i)} is in ${activity.country}, which is not one of the plan's countries (${content.countries.join(', ')})`,
      path,
    );
  });
  rule(activities, (activity, i) =>
    activity.sector ? null : finding('ACTIVITY_SECTOR_MISSING', 'warning', `${activityName(content, i)} has no sector`, `activities[${i}].sector`),
  );
  rule(activities, (activity, i) => {
    const path = `activities[${i}].period`;
    if (!activity.period) return finding('ACTIVITY_PERIOD_MISSING', 'warning', `${activityName(content, i)} has no period`, path);
    if (planPeriod.contains(Period.of(activity.period.start, activity.period.end))) return null;
    return finding(
      'ACTIVITY_PERIOD_OUTSIDE_PLAN',
      'error',
      `${activityName(content, i)} runs from ${activity.period.start} to ${activity.period.end}, outside the plan's period (${planPeriod.start} to ${planPeriod.end})`,
      path,
    );
  });
  if (activities.length > 0) planRule(budgetFindings(content, rates));

  rule(indicators, (indicator, i) =>
    indicator.baseline ? null : finding('INDICATOR_BASELINE_MISSING', 'warning', `indicator "${indicator.name}" has no baseline`, `indicators[${i}].baseline`),
  );
  rule(indicators, (indicator, i) =>
    indicator.target ? null : finding('INDICATOR_TARGET_MISSING', 'warning', `indicator "${indicator.name}" has no target`, `indicators[${i}].target`),
  );
  rule(indicators, ({ name, targetDate }, i) => {
    const path = `indicators[${i}].targetDate`;
    if (!targetDate) return finding('INDICATOR_TARGET_DATE_MISSING', 'warning', `indicator "${name}" has no target date`, path);
    if (targetDate >= planPeriod.start && targetDate <= planPeriod.end) return null;
    return finding(
      'INDICATOR_TARGET_DATE_OUTSIDE_PLAN',
      'warning',
      `indicator "${name}" is due on ${targetDate}, outside the plan's period (${planPeriod.start} to ${planPeriod.end})`,
      path,
    );
  });

  const score = Math.round((100 * shares.reduce((sum, share) => sum + share, 0)) / shares.length);
  return { status: statusOf(findings), score, findings };
}

function budgetFindings(content: PlanContent, rates: RateTable): Finding[] {
  const total = Money.of(content.budget.amount, content.budget.currency);
  const budgets = content.activities.flatMap((activity, index) =>
    activity.budget ? [{ money: Money.of(activity.budget.amount, activity.budget.currency), path: `activities[${index}].budget` }] : [],
  );

  if (budgets.every(({ money }) => money.currency === total.currency)) {
    const sum = budgets.reduce((acc, { money }) => acc.add(money), Money.zero(total.currency));
    return sum.compare(total) === 0 ? [] : [mismatch(`${sum.amount} ${sum.currency}`, `${total.amount} ${total.currency}`)];
  }

  const day = content.period.start;
  const amounts = [{ money: total, path: 'budget' }, ...budgets];
  const unrated = new Map<string, string>();
  const inUsd: Money[] = [];
  for (const { money, path } of amounts) {
    const usd = rates.toUsd(money, day);
    if (usd) inUsd.push(usd);
    else if (!unrated.has(money.currency)) unrated.set(money.currency, path);
  }
  if (unrated.size > 0) {
    return [...unrated].map(([currency, path]) =>
      finding(
        'EXCHANGE_RATE_MISSING',
        'error',
        `there is no reference rate from ${currency} to USD, so the activity budgets cannot be compared with the plan's total`,
        path,
      ),
    );
  }

  const [totalUsd, ...budgetsUsd] = inUsd;
  const sum = budgetsUsd.reduce((acc, usd) => acc.add(usd), Money.zero('USD'));
  const gap = sum.cents - totalUsd.cents;
  const converted = amounts.filter(({ money }) => money.currency !== 'USD').length;
  // Each conversion rounds by at most half a cent, so a gap within that is ours, not the partner's.
  if (2n * (gap < 0n ? -gap : gap) <= BigInt(converted)) return [];
  const totalText = total.currency === 'USD' ? `${total.amount} USD` : `${total.amount} ${total.currency} (${totalUsd.amount} USD)`;
  return [mismatch(`${sum.amount} USD`, `${totalText}, at the reference rates of ${day}`)];
}

function mismatch(sum: string, total: string): Finding {
  return finding('BUDGET_MISMATCH', 'error', `the activity budgets add up to ${sum} but the plan's total is ${total}`, 'budget');
}

function activityName(content: PlanContent, index: number): string {
  return `activity ${index + 1} ("${content.activities[index].title}")`;
}

function finding(code: string, severity: Finding['severity'], message: string, path: string): Finding {
  return { code, severity, message, path };
}
