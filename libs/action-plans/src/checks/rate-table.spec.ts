import { Money } from '../domain/money';
import { RateTable } from './rate-table';

describe('RateTable', () => {
  const rates = new RateTable([
    { currency: 'EUR', validFrom: '2026-01-01', usdPerUnit: '1.170000000000' },
    { currency: 'EUR', validFrom: '2027-01-01', usdPerUnit: '1.2' },
  ]);

  it('uses the latest rate valid on the day', () => {
    expect(rates.rate('EUR', '2026-06-30')).toBe('1.170000000000');
    expect(rates.rate('EUR', '2027-03-01')).toBe('1.2');
  });

  it('uses the earliest rate for a day before the table', () => {
    expect(rates.rate('EUR', '2020-01-01')).toBe('1.170000000000');
  });

  it('converts to USD, and USD to itself', () => {
    expect(rates.toUsd(Money.of('100', 'EUR'), '2026-02-01')?.amount).toBe('117.00');
    expect(rates.toUsd(Money.of('5', 'USD'), '2026-02-01')?.amount).toBe('5.00');
  });

  it('knows no rate for an unknown currency', () => {
    expect(rates.toUsd(Money.of('5', 'GBP'), '2026-02-01')).toBeNull();
  });
});
