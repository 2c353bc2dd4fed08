import { isCalendarDate, Period } from './period';

describe('Period', () => {
  it('refuses a period that ends before it starts', () => {
    expect(() => Period.of('2028-01-01', '2027-12-31')).toThrow(/ends .* before it starts/);
  });

  it('accepts a single day', () => {
    expect(Period.of('2027-01-01', '2027-01-01').toJSON()).toEqual({ start: '2027-01-01', end: '2027-01-01' });
  });

  it.each(['2027-02-30', '2027-13-01', '27-01-01', '2027-1-1', 'yesterday'])('does not take "%s" for a date', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it('knows containment and overlap', () => {
    const plan = Period.of('2027-01-01', '2028-12-31');
    expect(plan.contains(Period.of('2027-03-01', '2028-06-30'))).toBe(true);
    expect(plan.contains(Period.of('2026-12-31', '2027-06-30'))).toBe(false);
    expect(plan.overlaps(Period.of('2028-12-31', '2029-06-30'))).toBe(true);
    expect(plan.overlaps(Period.of('2029-01-01', '2029-06-30'))).toBe(false);
  });
});
