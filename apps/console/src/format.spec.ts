import { amount, heatStep, shortUsd, valueWords } from './format';

describe('format', () => {
  it('writes amounts from their decimal strings, so no cent is lost', () => {
    expect(amount('123456789012345.67')).toBe('123,456,789,012,345.67');
    expect(amount('1500000')).toBe('1,500,000');
  });

  it('puts a cell on the heat map’s scale: none apart, the largest at the top', () => {
    expect([0, 1, 200, 201, 999, 1000].map((usd) => heatStep(usd, 1000))).toEqual([0, 1, 1, 2, 5, 5]);
    expect(heatStep(5, 0)).toBe(0);
    expect(shortUsd('1400000.00')).toBe('1.4 M');
  });

  it('says a changed value in words, whatever its kind', () => {
    expect(valueWords({ amount: '1400000.00', currency: 'USD' })).toBe('1,400,000.00 USD');
    expect(valueWords({ start: '2027-01-01', end: '2028-12-31' })).toBe('2027-01-01 to 2028-12-31');
    expect(valueWords([{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }])).toBe('GOV-HN (implementing)');
    expect(valueWords({ ref: 'A2', title: 'Model precincts', budget: { amount: '10.00', currency: 'EUR' } })).toBe('Model precincts, 10.00 EUR');
    expect(valueWords(['HN', 'GT'])).toBe('HN, GT');
    expect(valueWords(null)).toBe('—');
  });
});
