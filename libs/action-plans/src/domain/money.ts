import { DomainError } from '@accord/shared';

/** Amounts are decimal strings: digits, optionally a point and one or two decimals. */
export const AMOUNT_PATTERN = /^(0|[1-9]\d{0,14})(\.\d{1,2})?$/;
/** A decimal the service wrote itself: a sum or a conversion, of any size. */
const STORED_PATTERN = /^\d+(\.\d{1,2})?$/;

export class InvalidMoneyError extends DomainError {
  constructor(message: string) {
    super('MONEY.INVALID', 'invalid', message);
  }
}

/**
 * An exact amount in one currency, held as integer cents in a bigint so sums and conversions never
 * meet binary floating point.
 */
export class Money {
  private constructor(
    readonly cents: bigint,
    readonly currency: string,
  ) {}

  /** An amount as a plan states it: at most 15 digits before the point and two after. */
  static of(amount: string, currency: string): Money {
    if (!AMOUNT_PATTERN.test(amount)) throw new InvalidMoneyError(`"${amount}" is not a decimal amount with at most two places`);
    return Money.parse(amount, currency);
  }

  /**
   * An amount the service computed or stored itself (a cell's total, a sum over the portfolio): the
   * sums of many plans' amounts outgrow the digits one plan may state.
   */
  static ofStored(amount: string, currency: string): Money {
    if (!STORED_PATTERN.test(amount)) throw new InvalidMoneyError(`"${amount}" is not a decimal amount with at most two places`);
    return Money.parse(amount, currency);
  }

  static ofCents(cents: bigint, currency: string): Money {
    return new Money(cents, currency);
  }

  static zero(currency: string): Money {
    return new Money(0n, currency);
  }

  get amount(): string {
    const units = this.cents / 100n;
    const fraction = (this.cents % 100n).toString().padStart(2, '0');
    return `${units}.${fraction}`;
  }

  isPositive(): boolean {
    return this.cents > 0n;
  }

  add(other: Money): Money {
    this.assertSameCurrency(other);
    return new Money(this.cents + other.cents, this.currency);
  }

  compare(other: Money): -1 | 0 | 1 {
    this.assertSameCurrency(other);
    return this.cents < other.cents ? -1 : this.cents > other.cents ? 1 : 0;
  }

  /**
   * Converts with a decimal rate (units of `target` per unit of this currency), rounding half away
   * from zero to the cent.
   */
  convert(rate: string, target: string): Money {
    const match = /^(\d+)(?:\.(\d{1,12}))?$/.exec(rate);
    if (!match) throw new InvalidMoneyError(`"${rate}" is not a decimal exchange rate`);
    const fraction = match[2] ?? '';
    const scale = 10n ** BigInt(fraction.length);
    const numerator = this.cents * BigInt(match[1] + fraction);
    return new Money((numerator * 2n + scale) / (2n * scale), target);
  }

  toJSON(): { amount: string; currency: string } {
    return { amount: this.amount, currency: this.currency };
  }

  private static parse(amount: string, currency: string): Money {
    const [units, fraction = ''] = amount.split('.');
    return new Money(BigInt(units) * 100n + BigInt(fraction.padEnd(2, '0')), currency);
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new InvalidMoneyError(`cannot combine ${this.currency} with ${other.currency} without a conversion`);
    }
  }
}
