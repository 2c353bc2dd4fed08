import { DomainError } from '@accord/shared';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export class InvalidPeriodError extends DomainError {
  constructor(message: string) {
    super('PERIOD.INVALID', 'invalid', message);
  }
}

/** Whether `value` is a real calendar day written YYYY-MM-DD (so 2027-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A span of whole days, both ends included. Dates compare as ISO strings. */
export class Period {
  private constructor(
    readonly start: string,
    readonly end: string,
  ) {}

  static of(start: string, end: string): Period {
    if (!isCalendarDate(start)) throw new InvalidPeriodError(`start "${start}" is not a date (YYYY-MM-DD)`);
    if (!isCalendarDate(end)) throw new InvalidPeriodError(`end "${end}" is not a date (YYYY-MM-DD)`);
    if (end < start) throw new InvalidPeriodError(`the period ends (${end}) before it starts (${start})`);
    return new Period(start, end);
  }

  contains(other: Period): boolean {
    return other.start >= this.start && other.end <= this.end;
  }

  overlaps(other: Period): boolean {
    return this.start <= other.end && other.start <= this.end;
  }

  toJSON(): { start: string; end: string } {
    return { start: this.start, end: this.end };
  }
}
