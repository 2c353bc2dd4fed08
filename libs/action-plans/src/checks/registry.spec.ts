import { CHECKS, checkRegistry } from './registry';

describe('checkRegistry', () => {
  it('has one implementation for every check type', () => {
    expect([...checkRegistry().keys()].sort()).toEqual(['alignment', 'budget', 'completeness', 'endorsement', 'overlap']);
  });

  it('refuses a check type without an implementation', () => {
    expect(() => checkRegistry(CHECKS.filter((check) => check.type !== 'budget'))).toThrow('check types without an implementation: budget');
  });

  it('refuses a check type with two', () => {
    expect(() => checkRegistry([...CHECKS, CHECKS[0]])).toThrow('check type completeness has two implementations');
  });
});
