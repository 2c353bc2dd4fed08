import { Money } from './money';

describe('Money', () => {
  it('keeps exact cents where floats would drift', () => {
    expect(Money.of('0.1', 'USD').add(Money.of('0.2', 'USD')).amount).toBe('0.30');
  });

  it('writes amounts with two places', () => {
    expect(Money.of('1500000', 'USD').amount).toBe('1500000.00');
    expect(Money.of('12.5', 'EUR').toJSON()).toEqual({ amount: '12.50', currency: 'EUR' });
  });

  it.each(['-1', '1.234', '1e6', '01', '', ' 1', '1.', '1234567890123456'])('refuses "%s"', (amount) => {
    expect(() => Money.of(amount, 'USD')).toThrow(/not a decimal amount/);
  });

  it('reads amounts the service summed itself, past the 15 digits a plan may state', () => {
    const plan = Money.of('999999999999999.99', 'USD');
    expect(plan.add(plan).amount).toBe('1999999999999999.98');
    expect(Money.ofStored('1999999999999999.98', 'USD').compare(plan.add(plan))).toBe(0);
    expect(Money.ofStored('123456789012345678901234567.5', 'USD').amount).toBe('123456789012345678901234567.50');
    expect(Money.ofCents(12345n, 'EUR').toJSON()).toEqual({ amount: '123.45', currency: 'EUR' });
  });

  it.each(['-1', '1.234', '1e6', '', ' 1', '1.'])('refuses "%s" as a stored amount too', (amount) => {
    expect(() => Money.ofStored(amount, 'USD')).toThrow(/not a decimal amount/);
  });

  it('refuses to add different currencies', () => {
    expect(() => Money.of('1', 'USD').add(Money.of('1', 'EUR'))).toThrow(/without a conversion/);
  });

  it('converts with a decimal rate, rounding half away from zero', () => {
    expect(Money.of('100.00', 'EUR').convert('1.0825', 'USD').amount).toBe('108.25');
    expect(Money.of('0.05', 'EUR').convert('0.5', 'USD').amount).toBe('0.03');
    expect(Money.of('1000000', 'CLP').convert('0.00105', 'USD').amount).toBe('1050.00');
  });

  it('compares amounts', () => {
    expect(Money.of('2', 'USD').compare(Money.of('1.99', 'USD'))).toBe(1);
    expect(Money.of('2', 'USD').compare(Money.of('2.00', 'USD'))).toBe(0);
    expect(Money.zero('USD').isPositive()).toBe(false);
  });
});
