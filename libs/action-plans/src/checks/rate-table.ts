import { Money } from '../domain/money';

export interface ExchangeRateRow {
  currency: string;
  /** YYYY-MM-DD */
  validFrom: string;
  /** US dollars per unit, a decimal string. */
  usdPerUnit: string;
}

/**
 * The dated reference rates: the rate for a day is the latest one valid from that day or before, or
 * the earliest known when the day precedes them all (a plan may start before the table does).
 */
export class RateTable {
  private readonly byCurrency = new Map<string, ExchangeRateRow[]>();

  constructor(rows: readonly ExchangeRateRow[]) {
    for (const row of rows) {
      const list = this.byCurrency.get(row.currency) ?? [];
      list.push(row);
      this.byCurrency.set(row.currency, list);
    }
    for (const list of this.byCurrency.values()) list.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  }

  rate(currency: string, on: string): string | null {
    const list = this.byCurrency.get(currency);
    if (!list?.length) return null;
    let chosen = list[0];
    for (const row of list) if (row.validFrom <= on) chosen = row;
    return chosen.usdPerUnit;
  }

  /** The amount in USD on that day, or null when the currency has no rate. */
  toUsd(money: Money, on: string): Money | null {
    if (money.currency === 'USD') return money;
    const rate = this.rate(money.currency, on);
    return rate === null ? null : money.convert(normalizeRate(rate), 'USD');
  }
}

/** PostgreSQL returns numeric(24,12) with trailing zeros; Money.convert takes at most 12 places. */
function normalizeRate(rate: string): string {
  return rate.includes('.') ? rate.replace(/0+$/, '').replace(/\.$/, '') : rate;
}
