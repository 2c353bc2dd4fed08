import { Money } from '../domain/money';
import type { MoneyValue } from '../domain/plan-content';
import { allocate } from './allocation';
import { statusOf, type CheckedPlan, type CheckOutcome, type CheckReferenceData, type Finding } from './check';
import type { RateTable } from './rate-table';

/**
 * The plan's money: its total in USD (at the rate of the plan's start) against the configured range,
 * currencies without a rate, activity budgets above the total, who co-finances it, and, per goal ×
 * country cell of its {@link allocate allocation}, whether it would take the active portfolio past
 * the envelope. `funding.otherActiveUsd` holds, by `${goal}|${country}`, what other approved and
 * pending plans put in each cell.
 *
 * Two findings are info only, by design. `CO_FINANCING` names the funding participants other than the
 * lead and the plans this one co-funds. `NO_RECIPIENT_CONTRIBUTION` says that neither the lead nor a funding participant is the
 * government of a country the plan works in: the partnership asks for coordination, not matched
 * funds, and most donor-led plans would otherwise carry a warning that says nothing about them.
 *
 * The outcome has no score: there is no one figure for how sound a budget is.
 */
export function checkBudget(
  plan: CheckedPlan,
  rates: RateTable,
  reference: CheckReferenceData,
  funding: { otherActiveUsd: ReadonlyMap<string, Money> },
  options: { envelopeUsd: Money; minUsd: Money; maxUsd: Money },
): CheckOutcome {
  const { content } = plan;
  const findings: Finding[] = [];
  const withoutRate = new Set<string>();
  const toUsd = (value: MoneyValue, on: string, path: string): Money | null => {
    const usd = rates.toUsd(moneyOf(value), on);
    if (usd === null && !withoutRate.has(value.currency)) {
      withoutRate.add(value.currency);
      findings.push({
        code: 'NO_EXCHANGE_RATE',
        severity: 'error',
        message: `There is no reference rate from ${value.currency} to USD, so amounts in ${value.currency} are left out of the USD figures.`,
        path,
      });
    }
    return usd;
  };

  const total = moneyOf(content.budget);
  const totalUsd = toUsd(content.budget, content.period.start, 'budget');
  if (totalUsd) {
    const converted = total.currency === 'USD' ? '' : ` (${format(total)} at the reference rate for ${content.period.start})`;
    findings.push({ code: 'TOTAL_USD', severity: 'info', message: `The plan's total is ${format(totalUsd)}${converted}.`, path: 'budget' });
    if (totalUsd.compare(options.minUsd) < 0) {
      findings.push({
        code: 'BUDGET_TOO_SMALL',
        severity: 'warning',
        message: `The plan's total of ${format(totalUsd)} is below the minimum of ${format(options.minUsd)}.`,
        path: 'budget',
      });
    } else if (totalUsd.compare(options.maxUsd) > 0) {
      findings.push({
        code: 'BUDGET_OUT_OF_RANGE',
        severity: 'error',
        message: `The plan's total of ${format(totalUsd)} is above the maximum of ${format(options.maxUsd)}.`,
        path: 'budget',
      });
    }
  }

  content.activities.forEach((activity, index) => {
    if (!activity.budget) return;
    const path = `activities[${index}].budget`;
    const budget = moneyOf(activity.budget);
    // Same currency compares exactly; otherwise each amount at the rate of its own start.
    const over =
      budget.currency === total.currency
        ? budget.compare(total) > 0
        : compareUsd(toUsd(activity.budget, activity.period?.start ?? content.period.start, path), totalUsd) > 0;
    if (over) {
      findings.push({
        code: 'ACTIVITY_OVER_TOTAL',
        severity: 'warning',
        message: `The budget of activity "${activity.title}" (${format(budget)}) is more than the plan's total (${format(total)}).`,
        path,
      });
    }
  });

  const funders = content.participants.filter((participant) => participant.role === 'FUNDING').map((participant) => participant.partnerCode);
  const coFinancers = [...new Set(funders.filter((code) => code !== plan.leadPartnerCode))].sort();
  findings.push(coFinancing(coFinancers, content.coFunds));
  const planCountries = new Set(content.countries);
  const recipientFunds = [plan.leadPartnerCode, ...funders].some((code) => {
    const partner = reference.partners.get(code);
    return partner?.kind === 'RECIPIENT_GOVERNMENT' && partner.country !== null && planCountries.has(partner.country);
  });
  if (!recipientFunds) {
    findings.push({
      code: 'NO_RECIPIENT_CONTRIBUTION',
      severity: 'info',
      message: 'No government of a country the plan works in leads or funds it.',
      path: 'participants',
    });
  }

  for (const { goal, country, usd } of allocate(content, rates, reference).allocations) {
    const others = funding.otherActiveUsd.get(`${goal}|${country}`) ?? Money.zero('USD');
    if (usd.add(others).compare(options.envelopeUsd) > 0) {
      // What the others put in the cell is not told: the lead sees this finding, and the pending
      // plans among the others may be ones it cannot see (with one of them, the figure would be its
      // budget). Reviewers read the cell's figures in the portfolio's coverage.
      const whose = usd.compare(options.envelopeUsd) > 0 ? 'alone' : 'with what the other active plans put in the cell';
      findings.push({
        code: 'ENVELOPE_EXCEEDED',
        severity: 'warning',
        message: `${goal} in ${country}: this plan's ${format(usd)}, ${whose}, is over the envelope of ${format(options.envelopeUsd)}.`,
      });
    }
  }

  return { status: statusOf(findings), findings };
}

/**
 * Who else puts money in: the funding participants besides the lead, and the plans this one
 * declares it co-funds (their ids are the lead's own words, so naming them tells it nothing new).
 * Only a plan with neither is funded by its lead alone.
 */
function coFinancing(coFinancers: readonly string[], coFunds: readonly string[]): Finding {
  const found = [
    ...(coFinancers.length > 0 ? [`Co-financed by ${coFinancers.join(', ')}.`] : []),
    ...(coFunds.length > 0 ? [`Co-funds ${coFunds.length === 1 ? 'plan' : 'plans'} ${coFunds.join(', ')}.`] : []),
  ];
  return {
    code: 'CO_FINANCING',
    severity: 'info',
    message: found.length > 0 ? found.join(' ') : 'No co-financing partner: the lead partner funds the plan alone.',
    path: coFinancers.length === 0 && coFunds.length > 0 ? 'coFunds' : 'participants',
  };
}

/** -1, 0 or 1; 0 when either amount is unknown, so a missing rate reports once, as its own finding. */
function compareUsd(a: Money | null, b: Money | null): number {
  return a && b ? a.compare(b) : 0;
}

function moneyOf(value: MoneyValue): Money {
  return Money.of(value.amount, value.currency);
}

/** `USD 1,500,000.00` */
function format(money: Money): string {
  const [units, cents] = money.amount.split('.');
  return `${money.currency} ${units.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
}
