import type { Recommendation } from '../domain/action-plan.entity';
import type { CheckType } from './check';
import { recommend, type CheckResultSummary } from './recommendation';

/** Every check passed, alignment scoring 100; each row changes only what it names. */
function results(changes: Partial<Record<CheckType, Partial<CheckResultSummary>>> = {}): CheckResultSummary[] {
  const base: CheckResultSummary[] = [
    { type: 'completeness', status: 'passed', score: 100 },
    { type: 'alignment', status: 'passed', score: 100 },
    { type: 'overlap', status: 'passed', score: 0 },
    { type: 'budget', status: 'passed' },
    { type: 'endorsement', status: 'passed' },
  ];
  return base.map((result) => ({ ...result, ...changes[result.type] }));
}

describe('recommend', () => {
  const rows: [string, Partial<Record<CheckType, Partial<CheckResultSummary>>>, Recommendation][] = [
    ['every check passed and alignment scores 100', {}, 'approve'],
    ['alignment scores exactly 60', { alignment: { score: 60 } }, 'approve'],
    ['alignment has no score', { alignment: { score: null } }, 'approve'],
    ['completeness failed', { completeness: { status: 'failed' } }, 'reject'],
    ['alignment failed', { alignment: { status: 'failed', score: 70 } }, 'reject'],
    ['alignment scores 29', { alignment: { score: 29 } }, 'reject'],
    ['alignment scores exactly 30', { alignment: { score: 30 } }, 'review_closely'],
    ['alignment scores 59', { alignment: { score: 59 } }, 'review_closely'],
    ['completeness warned', { completeness: { status: 'warning' } }, 'review_closely'],
    ['alignment warned', { alignment: { status: 'warning' } }, 'review_closely'],
    ['overlap failed', { overlap: { status: 'failed' } }, 'review_closely'],
    ['overlap warned', { overlap: { status: 'warning' } }, 'review_closely'],
    ['budget failed', { budget: { status: 'failed' } }, 'review_closely'],
    ['endorsement warned', { endorsement: { status: 'warning' } }, 'review_closely'],
    ['endorsement failed (a check that kept crashing, CHECK_ERROR)', { endorsement: { status: 'failed' } }, 'review_closely'],
    ['completeness failed and another check warned', { completeness: { status: 'failed' }, budget: { status: 'warning' } }, 'reject'],
    ['alignment scores 20 while everything else passed', { alignment: { status: 'passed', score: 20 } }, 'reject'],
  ];

  describe.each(rows)('when %s', (_, changes, expected) => {
    it(`is ${expected}`, () => {
      expect(recommend(results(changes))).toBe(expected);
    });
  });

  describe('when a check is missing from the results', () => {
    it('judges by the results there are', () => {
      expect(recommend(results().filter(({ type }) => type !== 'alignment'))).toBe('approve');
      expect(recommend([{ type: 'overlap', status: 'warning' }])).toBe('review_closely');
    });
  });
});
